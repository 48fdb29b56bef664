#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Qddns::Gui {

/// \brief How far the tray got with the agent's socket.
enum class ConnectionState { Connected, Connecting, NotRunning };

/// \brief What the tray icon shows. When several apply, the first in this precedence wins:
/// NotRunning (no connection: nothing else is known) > Error (a record is held, or a family a
/// profile publishes was not detected: the user has to act) > Paused (the user chose it; it also
/// explains why nothing moves) > Updating (a cycle runs now) > Warning (a record is pending,
/// retrying or waits for its family's address, a detector failed but an older address is known, or no profile
/// exists) > Current.
enum class TrayIconKind { Current, Updating, Warning, Error, NotRunning, Paused };

/// \brief One profile's line in the tray menu.
struct TrayProfileEntry
{
    QString name;
    QString summary;    ///< "2 records current", or the worst problem of the profile
    TrayIconKind icon = TrayIconKind::Current;
};

/// \brief Everything the tray shows, computed from the agent's `status` reply by fromStatus().
struct TrayState
{
    Q_DECLARE_TR_FUNCTIONS(Qddns::Gui::TrayState)
public:
    TrayIconKind icon = TrayIconKind::NotRunning;
    QString headline;           ///< one line for the menu's top: "All records are current", "Updates are paused"…
    QString tooltip;            ///< several lines, plain text
    QString ipv4;               ///< current public addresses; empty when unknown or not connected
    QString ipv6;
    QDateTime lastSuccess;      ///< latest `published` over all records; invalid when none
    QStringList problems;       ///< one line per thing that is wrong, worst first
    QList<TrayProfileEntry> profiles;
    bool paused = false;
    bool updating = false;
};

/// \brief Pure: turns a `status` reply into what the tray shows. With \a connection other than
/// Connected the status is ignored, so no stale address is ever shown.
TrayState fromStatus(const QJsonObject &status, ConnectionState connection);

/// \brief People text for a result or hold code the agent sends: DynDNS2 return codes
/// (badauth, abuse, notfqdn, nohost, numhost, 911, dnserr, badagent, !donator, !yours, good, nochg)
/// and the agent's own words (Ipc::OutcomeWord, Ipc::ResultWord, Ipc::RecordCode: updated,
/// auth-failed, unexpected-reply, credentialsUnavailable...). An unknown code is returned as it is.
QString resultCodeText(const QString &code);

/// \brief "IPv4" for an A record, "IPv6" for AAAA; other types as they are.
QString recordFamilyLabel(const QString &recordType);

/// \brief A timestamp of the status reply (ISO 8601, "…Z") for people: local time, short locale format.
/// Empty for an invalid time.
QString trayTimeText(const QDateTime &time);

} // namespace Qddns::Gui
