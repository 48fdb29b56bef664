#include "import/inadynimporter.h"

namespace Qddns {

void InadynImporter::run(const QByteArray &data)
{
    Q_UNUSED(data)
    m_builder.fail(1, QStringLiteral("not written yet"));
}

} // namespace Qddns
