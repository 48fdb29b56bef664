#include "import/ddnsupdaterimporter.h"

namespace Qddns {

void DdnsUpdaterImporter::run(const QByteArray &data)
{
    Q_UNUSED(data)
    m_builder.fail(1, QStringLiteral("not written yet"));
}

} // namespace Qddns
