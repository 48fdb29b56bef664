#pragma once

#include "core/expected.h"
#include "platform/localsocket.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QLocalServer>
#include <QLocale>
#include <QPointer>

#include <functional>

class QLocalSocket;

namespace Qddns {

class LocalConnection;

/// \brief Where a reply goes: the connection and the request id. Answering after the client
/// left does nothing; answering twice is a bug and is ignored.
class Responder
{
public:
    Responder() = default;
    Responder(LocalConnection *connection, QJsonValue id);
    void reply(const QJsonObject &result);
    void fail(QLatin1StringView code, const QString &message, const QJsonObject &extra = {});
    bool connected() const { return !m_connection.isNull(); }
    /// \brief The language the client asked for in its hello (QLocale::c(): none, English), for
    /// the agent's own text in replies: configuration errors, provider help.
    QLocale locale() const;

private:
    QPointer<LocalConnection> m_connection;
    QJsonValue m_id;
    bool m_done = false;
};

/// \brief The agent's end of the local socket: owner-only listening, peer uid check, line
/// framing with a size cap, `hello` first, subscriptions and event fan-out. What requests
/// mean is the handler's business (AgentApi).
class LocalServer : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<void(const QString &method, const QJsonObject &params, Responder responder)>;

    explicit LocalServer(QObject *parent = nullptr);
    ~LocalServer() override;

    /// \brief Listens on \a name (a file path on Unix; a name without '/' goes into the
    /// temporary directory, as QLocalServer places it). On Unix: missing directories are created
    /// 0700; an existing one is left as it is but refused when another user could replace the
    /// socket in it; a socket left by an agent that died is replaced (the caller holds the agent
    /// lock), while anything else at the path, or a socket someone listens on, is refused. The
    /// socket is 0600; with \a group 0660 and that group's, whose members may then use the
    /// methods memberMethods() lists (the agent's own user and root may use all).
    Expected<bool, QString> listen(const QString &name, const std::optional<LocalSocketPlatform::SocketGroup> &group = std::nullopt);
    /// \brief What a member of the socket group may call: reading the agent's state and
    /// steering its updates. Not the configuration (it names hook URLs and accounts), secrets,
    /// dry runs with a given profile or hook tests (which would use the agent's secrets or run
    /// its commands for someone else).
    static const QStringList &memberMethods();
    QString path() const { return m_path; }
    void setHandler(Handler handler) { m_handler = std::move(handler); }

    /// \brief Sends an event to every subscriber of \a name. For log events, \a logRank is the
    /// line's level rank, compared with each subscriber's logLevel.
    void publish(QLatin1StringView name, const QJsonObject &data, int logRank = -1);
    /// \brief Connections served (refused ones still closing not included).
    int clientCount() const;
    /// \brief Answers every open request with shuttingDown and closes the connections.
    void shutDown();

private:
    friend class LocalConnection;
    void onNewConnection();
    void dispatch(LocalConnection *connection, const QJsonObject &request);

    QLocalServer m_server;
    QString m_path;
    std::optional<LocalSocketPlatform::SocketGroup> m_group;
    Handler m_handler;
    qint64 m_seq = 0;
    quint64 m_clientNumber = 0;
    int m_lingering = 0; ///< refused connections still reading their client's input
};

} // namespace Qddns
