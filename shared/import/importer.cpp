#include "import/importer.h"

#include "import/ddclientimporter.h"
#include "import/ddnsupdaterimporter.h"
#include "import/inadynimporter.h"
#include "import/openwrtimporter.h"
#include "import/profilebuilder.h"

namespace Qddns {

ImportResult importConfig(ImportTool tool, const QByteArray &data, const ImportOptions &options)
{
    ImportResult result;
    ProfileBuilder builder(options, result);
    if (data.contains('\0')) {
        builder.fail(1, QStringLiteral("expected a text file, found NUL bytes"));
    } else {
        switch (tool) {
        case ImportTool::Ddclient: DdclientImporter(builder).run(data); break;
        case ImportTool::Inadyn: InadynImporter(builder).run(data); break;
        case ImportTool::OpenWrt: OpenWrtImporter(builder).run(data); break;
        case ImportTool::DdnsUpdater: DdnsUpdaterImporter(builder).run(data); break;
        }
    }
    builder.finish();
    return result;
}

} // namespace Qddns
