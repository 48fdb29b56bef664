#include "ipc/agentclient.h"

#include "ipc/message.h"
#include "ipc/protocol.h"
#include "core/logging.h"
#include "core/version.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>

namespace Qddns::Ipc {

QString describeConnectError(QLocalSocket::LocalSocketError error, const QString &path)
{
    switch (error) {
    case QLocalSocket::ServerNotFoundError:
        return QStringLiteral("no qddns-agent is running (nothing listens on %1); start one with `qddns-agent run`").arg(path);
    case QLocalSocket::ConnectionRefusedError:
        return QStringLiteral("no qddns-agent is running (%1 is left from an agent that stopped); start one with `qddns-agent run`").arg(path);
    case QLocalSocket::SocketAccessError:
        return QStringLiteral("permission denied on %1: the agent there belongs to another user").arg(path);
    case QLocalSocket::SocketTimeoutError:
        return QStringLiteral("the agent on %1 did not answer in time").arg(path);
    default:
        return QStringLiteral("cannot connect to the agent on %1").arg(path);
    }
}

AgentClient::AgentClient(QString socketPath, QString clientName, QObject *parent)
    : QObject(parent), m_path(std::move(socketPath)), m_clientName(std::move(clientName)), m_reader(kMaxLineBytes)
{
    m_reconnect.setSingleShot(true);
    connect(&m_reconnect, &QTimer::timeout, this, &AgentClient::connectToAgent);
}

AgentClient::~AgentClient()
{
    // Callbacks must not run into a half-destroyed owner.
    m_pending.clear();
    if (m_socket)
        m_socket->disconnect(this);
}

void AgentClient::setAutoReconnect(bool enabled)
{
    m_autoReconnect = enabled;
    if (!enabled)
        m_reconnect.stop();
}

void AgentClient::connectToAgent()
{
    m_reconnect.stop();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
    }
    m_helloDone = false;
    m_serverError.clear();
    m_reader = LineReader(kMaxLineBytes);
    m_socket = new QLocalSocket(this);
    connect(m_socket, &QLocalSocket::readyRead, this, &AgentClient::onReadyRead);
    connect(m_socket, &QLocalSocket::errorOccurred, this, &AgentClient::onSocketError);
    connect(m_socket, &QLocalSocket::disconnected, this, &AgentClient::onDisconnected);
    connect(m_socket, &QLocalSocket::connected, this, [this] {
        QJsonObject hello{{Field::Protocol, kProtocolVersion}, {Field::Client, m_clientName}};
        if (!m_locale.isEmpty())
            hello.insert(Field::Locale, m_locale); // an agent before the field ignores it
        send(Method::Hello, hello, this,
             [this](const Reply &reply) {
                 if (!reply.ok()) {
                     const QString reason = reply.errorMessage;
                     m_socket->disconnect(this);
                     m_socket->abort();
                     Q_EMIT connectFailed(reason);
                     scheduleReconnect();
                     return;
                 }
                 m_agentProtocol = reply.result.value(Field::Protocol).toInt();
                 m_agentVersion = reply.result.value(Field::Agent).toString();
                 m_helloDone = true;
                 m_otherUser = false;
                 m_reconnectDelayMs = 500;
                 Q_EMIT connected();
             });
    });
    m_socket->connectToServer(m_path);
}

void AgentClient::disconnectFromAgent()
{
    m_autoReconnect = false;
    m_reconnect.stop();
    if (m_socket)
        m_socket->disconnectFromServer();
}

qint64 AgentClient::request(QLatin1StringView method, const QJsonObject &params, QObject *context, Callback callback)
{
    if (!m_helloDone) {
        // Answered on the next turn of the event loop, as a real reply would be.
        const qint64 id = m_nextId++;
        QMetaObject::invokeMethod(this, [callback, guard = QPointer<QObject>(context), hasContext = context != nullptr] {
            if (hasContext && !guard)
                return;
            callback(Reply{{}, QStringLiteral("disconnected"), QStringLiteral("not connected to the agent"), {}});
        }, Qt::QueuedConnection);
        return id;
    }
    return send(method, params, context, std::move(callback));
}

qint64 AgentClient::send(QLatin1StringView method, const QJsonObject &params, QObject *context, Callback callback)
{
    const qint64 id = m_nextId++;
    m_pending.insert(id, Pending{context, context != nullptr, std::move(callback)});
    m_socket->write(encodeLine(makeRequest(id, method, params)));
    return id;
}

void AgentClient::onReadyRead()
{
    const QList<QByteArray> lines = m_reader.feed(m_socket->readAll());
    for (const QByteArray &line : lines) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
        if (!doc.isObject()) {
            qCWarning(lcIpc) << "unreadable message from the agent:" << error.errorString();
            continue;
        }
        handle(doc.object());
        if (!m_socket) // a callback may have dropped the connection
            return;
    }
    if (m_reader.overflowed()) {
        qCWarning(lcIpc) << "the agent sent a message over" << kMaxLineBytes << "bytes: disconnecting";
        m_socket->abort();
    }
}

void AgentClient::handle(const QJsonObject &message)
{
    if (message.contains(Field::Event)) {
        Q_EMIT eventReceived(message.value(Field::Event).toString(), message.value(Field::Data).toObject(),
                     message.value(Field::Seq).toInteger());
        return;
    }
    const qint64 id = message.value(Field::Id).toInteger(-1);
    const auto it = m_pending.find(id);
    if (it == m_pending.end()) {
        // An error without a request id (e.g. the agent refused this connection).
        if (message.contains(Field::Error)) {
            const QJsonObject error = message.value(Field::Error).toObject();
            m_serverError = error.value(Field::Message).toString();
            m_otherUser = error.value(Field::Code).toString() == Error::PermissionDenied;
            qCDebug(lcIpc).noquote() << "agent:" << m_serverError;
        }
        return;
    }
    const Pending pending = *it;
    m_pending.erase(it);
    if (pending.hasContext && !pending.context)
        return;
    Reply reply;
    if (message.contains(Field::Error)) {
        reply.error = message.value(Field::Error).toObject();
        reply.errorCode = reply.error.value(Field::Code).toString(QStringLiteral("error"));
        reply.errorMessage = reply.error.value(Field::Message).toString();
    } else {
        reply.result = message.value(Field::Result).toObject();
    }
    pending.callback(reply);
}

void AgentClient::failPending(const QString &code, const QString &message)
{
    const auto pending = std::exchange(m_pending, {});
    for (const Pending &p : pending) {
        if (!p.hasContext || p.context)
            p.callback(Reply{{}, code, message, {}});
    }
}

void AgentClient::onSocketError(QLocalSocket::LocalSocketError error)
{
    if (error == QLocalSocket::PeerClosedError)
        return; // onDisconnected() handles it
    if (!m_helloDone && m_socket && m_socket->state() != QLocalSocket::ConnectedState) {
        m_otherUser = error == QLocalSocket::SocketAccessError;
        const QString reason = describeConnectError(error, m_path);
        failPending(QStringLiteral("disconnected"), reason);
        Q_EMIT connectFailed(reason);
        scheduleReconnect();
    }
}

void AgentClient::onDisconnected()
{
    const bool wasConnected = std::exchange(m_helloDone, false);
    const QString reason = m_serverError.isEmpty() ? QStringLiteral("the connection to the agent was lost")
                                                   : QStringLiteral("the agent closed the connection: ") + m_serverError;
    failPending(QStringLiteral("disconnected"), reason);
    if (wasConnected)
        Q_EMIT disconnected();
    else
        Q_EMIT connectFailed(reason);
    scheduleReconnect();
}

void AgentClient::scheduleReconnect()
{
    if (!m_autoReconnect || m_reconnect.isActive())
        return;
    m_reconnect.start(m_reconnectDelayMs);
    m_reconnectDelayMs = std::min(m_reconnectDelayMs * 2, 10000);
}

} // namespace Qddns::Ipc
