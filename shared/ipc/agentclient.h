#pragma once

#include "ipc/linereader.h"

#include <QHash>
#include <QJsonObject>
#include <QLocalSocket>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

namespace Qddns::Ipc {

/// \brief The answer to one request: a result, or an error code with a message for people.
struct Reply
{
    QJsonObject result;
    QString errorCode;     ///< empty: success
    QString errorMessage;
    QJsonObject error;     ///< the whole error object (e.g. errors[] of invalidConfig)

    bool ok() const { return errorCode.isEmpty(); }
};

/// \brief A client of the agent's local socket: connects, says hello, sends requests with ids
/// and delivers each reply to its callback, and pushes events as signals. Used by the CLI
/// client commands and by every window of the tray app (one per process).
class AgentClient : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const Reply &)>;

    explicit AgentClient(QString socketPath, QString clientName, QObject *parent = nullptr);
    ~AgentClient() override;

    QString socketPath() const { return m_path; }
    /// \brief Connects and sends hello; connected() or connectFailed() follows.
    void connectToAgent();
    void disconnectFromAgent();
    bool isConnected() const { return m_helloDone; }
    /// \brief Reconnect after a failure or a lost connection, waiting 0.5 s doubling up to 10 s.
    /// Nothing runs while connected.
    void setAutoReconnect(bool enabled);

    /// \brief The last connection attempt found an agent of another user (refused by the socket's
    /// permissions or by the agent's peer check): not "no agent", and nothing this user can steer.
    bool agentIsOtherUser() const { return m_otherUser; }

    /// \brief The language hello asks the agent to word its own text in (provider help,
    /// configuration errors), e.g. "de_DE"; empty: none (English). Sent from the next hello on.
    void setLocale(const QString &name) { m_locale = name; }
    QString locale() const { return m_locale; }

    /// \brief The agent's protocol version and program version, from its hello reply.
    int agentProtocol() const { return m_agentProtocol; }
    QString agentVersion() const { return m_agentVersion; }

    /// \brief Sends a request; \a callback runs with the reply unless \a context is destroyed
    /// first. A lost connection answers every open request with the code "disconnected".
    qint64 request(QLatin1StringView method, const QJsonObject &params, QObject *context, Callback callback);

Q_SIGNALS:
    void connected();
    void disconnected();
    void connectFailed(const QString &reason);
    // Not named event(): that would hide QObject::event(QEvent *).
    void eventReceived(const QString &name, const QJsonObject &data, qint64 seq);

private:
    void onReadyRead();
    void onSocketError(QLocalSocket::LocalSocketError error);
    void onDisconnected();
    void handle(const QJsonObject &message);
    void failPending(const QString &code, const QString &message);
    void scheduleReconnect();
    qint64 send(QLatin1StringView method, const QJsonObject &params, QObject *context, Callback callback);

    struct Pending
    {
        QPointer<QObject> context;
        bool hasContext = false;
        Callback callback;
    };

    QString m_path;
    QString m_clientName;
    QString m_locale;
    QLocalSocket *m_socket = nullptr;
    LineReader m_reader;
    QHash<qint64, Pending> m_pending;
    qint64 m_nextId = 1;
    bool m_helloDone = false;
    bool m_autoReconnect = false;
    int m_agentProtocol = 0;
    QString m_agentVersion;
    QString m_serverError; ///< an error the agent sent without a request id, e.g. why it refused us
    bool m_otherUser = false;
    QTimer m_reconnect;
    int m_reconnectDelayMs = 500;
};

/// \brief Plain words for a failed connection to \a path.
QString describeConnectError(QLocalSocket::LocalSocketError error, const QString &path);

} // namespace Qddns::Ipc
