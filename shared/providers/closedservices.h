#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>

namespace Qddns {

/// \brief A dynamic DNS service that shut down, as listed in closedservices.json: a profile naming
/// it is refused with what to use instead, rather than as an unknown provider.
struct ClosedService
{
    QString id;                 ///< the provider id a configuration would use
    QString name;
    QString when;               ///< e.g. "2023" or "December 2024"; empty where unknown
    QString use;                ///< what to use instead, e.g. "another free dynamic DNS service"
    QStringList alternatives;   ///< ids of providers qddns has that fit \a use
    /// The other clients' names for it (tool: ddclient, inadyn, openwrt, ddns-updater), so that
    /// their importers can be checked to say it closed.
    QHash<QString, QStringList> otherClients;

    /// \brief "<name> closed (in <when>); use <use>, e.g. "a" or "b"", in \a locale's language.
    QString message(const QLocale &locale = QLocale::c()) const;
};

/// \brief Parses a closed-services file ({"services": [...]}); a broken entry is skipped and
/// described in \a errors ("services[3] (id): what is wrong").
QList<ClosedService> parseClosedServices(const QByteArray &json, QStringList *errors = nullptr);

/// \brief The closed services built into qddns (the embedded closedservices.json).
QList<ClosedService> builtinClosedServices();

} // namespace Qddns
