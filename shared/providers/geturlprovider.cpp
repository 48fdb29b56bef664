// The services updated by one HTTP GET, each a row of geturlservices.json read by the GET-URL
// engine (geturl.h): adding such a service is adding a row and its conformance cases.
#include "providers/geturl.h"
#include "providers/providerkit.h"

#include <QFile>

// Q_INIT_RESOURCE has to be used outside any namespace; the rows live in the static
// qddns_providers library, whose resource initializer the linker would otherwise drop.
static void initGetUrlResources()
{
    Q_INIT_RESOURCE(geturlservices);
}

namespace Qddns {

QDDNS_PROVIDER_LOGGING()

QList<GetUrlService> builtinGetUrlServices()
{
    initGetUrlResources();
    QFile file(QStringLiteral(":/qddns/providers/geturlservices.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcProvider) << "cannot open the built-in GET-URL services:" << file.errorString();
        return {};
    }
    QStringList errors;
    const QList<GetUrlService> services = parseGetUrlServices(file.readAll(), &errors);
    // tst_geturlprovider fails on any of these; a build that has one still offers the others.
    for (const QString &error : std::as_const(errors))
        qCWarning(lcProvider).noquote() << "skipped a built-in GET-URL service:" << error;
    return services;
}

namespace Providers {
void add_geturl(ProviderList &list)
{
    for (const GetUrlService &service : builtinGetUrlServices())
        list.push_back(std::make_unique<GetUrlProvider>(service));
}
} // namespace Providers

} // namespace Qddns
