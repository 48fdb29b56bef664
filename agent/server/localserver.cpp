#include "server/localserver.h"

#include "platform/localsocket.h"
#include "platform/logsink.h"
#include "platform/memory.h"
#include "ipc/linereader.h"
#include "ipc/message.h"
#include "ipc/params.h"
#include "ipc/protocol.h"
#include "core/logging.h"
#include "core/version.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLocalSocket>
#include <QSet>
#include <QTimer>


namespace Qddns {

using namespace Ipc;

namespace {
// How long a refused client may keep its connection to read the error; and how many may do so
// at once (past that they are closed at once: a flood of clients must not pile up descriptors).
constexpr std::chrono::milliseconds kRefusedLinger{2000};
constexpr int kMaxLingering = 64;

} // namespace

/// \brief One client: its socket, framing state, hello and subscriptions.
class LocalConnection : public QObject
{
public:
    LocalConnection(LocalServer *server, QLocalSocket *socket, quint64 number)
        : QObject(server), m_server(server), m_socket(socket), m_reader(kMaxLineBytes), m_number(number)
    {
        socket->setParent(this);
        connect(socket, &QLocalSocket::readyRead, this, &LocalConnection::onReadyRead);
        connect(socket, &QLocalSocket::disconnected, this, [this] {
            qCDebug(lcIpc).noquote() << name() << "disconnected";
            deleteLater();
        });
    }

    QString name() const
    {
        return m_clientName.isEmpty() ? QStringLiteral("client #%1").arg(m_number)
                                      : QStringLiteral("client #%1 (%2)").arg(m_number).arg(m_clientName);
    }

    void send(const QJsonObject &message)
    {
        if (m_closing)
            return;
        const QByteArray line = encodeLine(message);
        // A client that stops reading must not make the agent hold its replies without end.
        if (m_socket->bytesToWrite() + line.size() > kMaxPendingBytes) {
            qCWarning(lcIpc).noquote() << name() << "is not reading its messages (" << m_socket->bytesToWrite()
                                       << "bytes waiting): disconnecting it";
            close(true);
            return;
        }
        m_socket->write(line);
    }

    void close(bool abort)
    {
        m_closing = true;
        if (abort)
            m_socket->abort();
        else
            m_socket->disconnectFromServer(); // after what is queued has been written
    }

    /// \brief Answers with an error and ends the connection, in a way a client that writes
    /// before it reads still gets the answer: the agent stops sending but reads and discards
    /// what comes until the client closes or kRefusedLinger passes. Closing at once would give
    /// such a client EPIPE on its first write (or a reset, with its request unread).
    void refuse(QLatin1StringView code, const QString &message)
    {
        send(makeError(QJsonValue::Null, code, message));
        m_refused = true;
        m_closing = true;
        m_socket->flush(); // one short line into an empty socket buffer: written at once
        if (m_server->m_lingering < kMaxLingering && m_socket->bytesToWrite() == 0
            && LocalSocketPlatform::shutdownWrite(m_socket->socketDescriptor())) {
            ++m_server->m_lingering;
            m_lingers = true;
            QTimer::singleShot(kRefusedLinger, this, [this] {
                m_socket->abort();
                deleteLater();
            });
            return;
        }
        close(false);
    }

    ~LocalConnection() override
    {
        if (m_lingers)
            --m_server->m_lingering;
    }

    bool wants(QLatin1StringView event, int logRank) const
    {
        if (!m_subscribed || m_closing || (!m_events.isEmpty() && !m_events.contains(QString(event))))
            return false;
        return logRank < 0 || logRank >= m_logRank;
    }

    void onReadyRead()
    {
        if (m_closing) {
            m_socket->readAll();
            return;
        }
        const QList<QByteArray> lines = m_reader.feed(m_socket->readAll());
        for (const QByteArray &line : lines) {
            if (m_closing)
                return;
            if (line.trimmed().isEmpty())
                continue;
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
            if (!doc.isObject()) {
                send(makeError(QJsonValue::Null, Error::ParseError,
                               error.error != QJsonParseError::NoError
                                   ? QStringLiteral("not valid JSON: %1 at offset %2").arg(error.errorString()).arg(error.offset)
                                   : QStringLiteral("a message must be a JSON object")));
                continue;
            }
            m_server->dispatch(this, doc.object());
        }
        if (m_reader.overflowed()) {
            qCWarning(lcIpc).noquote() << name() << "sent a line over" << kMaxLineBytes << "bytes: closing its connection";
            send(makeError(QJsonValue::Null, Error::LineTooLong,
                           QStringLiteral("a message is limited to %1 bytes; closing the connection").arg(kMaxLineBytes)));
            close(false);
        }
    }

    LocalServer *m_server;
    QLocalSocket *m_socket;
    LineReader m_reader;
    quint64 m_number;
    QString m_clientName;
    bool m_hello = false;
    QLocale m_locale = QLocale::c(); ///< from hello's "locale"; C: English
    bool m_closing = false;
    bool m_subscribed = false;
    bool m_refused = false; ///< not served: does not count as a client
    bool m_member = false;  ///< admitted as a member of the socket group, not as the agent's user
    bool m_lingers = false; ///< refused, reading until the client leaves
    QSet<QString> m_events; ///< empty: all
    int m_logRank = 1;      ///< info
};

Responder::Responder(LocalConnection *connection, QJsonValue id) : m_connection(connection), m_id(std::move(id)) {}

QLocale Responder::locale() const
{
    return m_connection ? m_connection->m_locale : QLocale::c();
}

void Responder::reply(const QJsonObject &result)
{
    if (!m_connection || std::exchange(m_done, true))
        return;
    m_connection->send(makeReply(m_id, result));
}

void Responder::fail(QLatin1StringView code, const QString &message, const QJsonObject &extra)
{
    if (!m_connection || std::exchange(m_done, true))
        return;
    m_connection->send(makeError(m_id, code, message, extra));
}

LocalServer::LocalServer(QObject *parent) : QObject(parent)
{
    m_server.setSocketOptions(QLocalServer::UserAccessOption);
    // The listen backlog (Qt's default is 50): as many clients as the agent serves may connect
    // at the same moment, while it is busy, without one being refused. Clients in Python or Go
    // do not retry a connect refused with EAGAIN as QLocalSocket does.
    m_server.setListenBacklogSize(kMaxClients);
    m_server.setMaxPendingConnections(kMaxClients);
    connect(&m_server, &QLocalServer::newConnection, this, &LocalServer::onNewConnection);
}

LocalServer::~LocalServer()
{
    // Before the members go: a connection's destructor updates m_lingering.
    qDeleteAll(findChildren<LocalConnection *>(Qt::FindDirectChildrenOnly));
}

Expected<bool, QString> LocalServer::listen(const QString &name, const std::optional<LocalSocketPlatform::SocketGroup> &group)
{
    if (const auto prepared = LocalSocketPlatform::prepare(name, group); !prepared)
        return Unexpected{prepared.error()};
    if (!m_server.listen(name))
        return Unexpected{QStringLiteral("cannot listen on %1: %2").arg(name, m_server.errorString())};
    m_path = m_server.fullServerName();
    m_group = group;
    if (const QString problem = LocalSocketPlatform::restrictAccess(m_path, group); !problem.isEmpty())
        qCWarning(lcIpc).noquote() << problem;
    if (group)
        qCInfo(lcIpc).noquote() << "listening on" << m_path << QStringLiteral("(mode 0660, group %1, gid %2)").arg(group->name).arg(group->gid);
    else
        qCInfo(lcIpc).noquote() << "listening on" << m_path;
    return true;
}

const QStringList &LocalServer::memberMethods()
{
    static const QStringList methods{QString(Method::Hello),   QString(Method::Status),    QString(Method::Update),
                                     QString(Method::Detect),  QString(Method::History),   QString(Method::Logs),
                                     QString(Method::Subscribe), QString(Method::Unsubscribe), QString(Method::Providers),
                                     QString(Method::Pause),   QString(Method::Resume)};
    return methods;
}

int LocalServer::clientCount() const
{
    const auto connections = findChildren<LocalConnection *>(Qt::FindDirectChildrenOnly);
    return int(std::count_if(connections.cbegin(), connections.cend(), [](const LocalConnection *c) { return !c->m_refused; }));
}

void LocalServer::shutDown()
{
    m_server.close();
    const auto connections = findChildren<LocalConnection *>(Qt::FindDirectChildrenOnly);
    for (LocalConnection *c : connections)
        c->close(false);
    if (!m_path.isEmpty() && m_path.contains(QLatin1Char('/')))
        QFile::remove(m_path);
}


void LocalServer::onNewConnection()
{
    while (QLocalSocket *socket = m_server.nextPendingConnection()) {
        auto *connection = new LocalConnection(this, socket, ++m_clientNumber);
        // Many clients leave their buffers in the heap's free lists: give them back once the last
        // one is gone, as after a cycle (100 busy clients kept ~4 MB resident otherwise).
        connect(connection, &QObject::destroyed, this, [this] {
            QTimer::singleShot(0, this, [this] {
                if (clientCount() == 0)
                    releaseFreeMemory();
            });
        });
        const auto peer = LocalSocketPlatform::checkPeer(socket->socketDescriptor(), m_group);
        if (peer.access == LocalSocketPlatform::PeerAccess::Refused) {
            qCWarning(lcIpc).noquote() << peer.logLine;
            connection->refuse(Error::PermissionDenied, peer.reply);
            continue;
        }
        connection->m_member = peer.access == LocalSocketPlatform::PeerAccess::Member;
        if (clientCount() > kMaxClients) {
            qCWarning(lcIpc) << "refused a connection: already" << kMaxClients << "clients";
            connection->refuse(Error::TooManyClients, QStringLiteral("the agent already serves %1 clients").arg(kMaxClients));
            continue;
        }
        qCDebug(lcIpc).noquote() << connection->name() << "connected:" << peer.who
                                 << (connection->m_member ? "a member of the socket group" : "the agent's user or root");
    }
}

void LocalServer::dispatch(LocalConnection *connection, const QJsonObject &request)
{
    const QJsonValue id = request.value(Field::Id);
    const QJsonValue method = request.value(Field::Method);
    if (!(id.isDouble() || id.isString()) || !method.isString()) {
        connection->send(makeError(id.isDouble() || id.isString() ? id : QJsonValue(QJsonValue::Null), Error::InvalidRequest,
                                   QStringLiteral("a request needs an \"id\" (number or string) and a \"method\" (string)")));
        return;
    }
    const QJsonValue paramsValue = request.value(Field::Params);
    if (!paramsValue.isUndefined() && !paramsValue.isObject() && !paramsValue.isNull()) {
        connection->send(makeError(id, Error::InvalidRequest, QStringLiteral("\"params\" must be an object")));
        return;
    }
    const QJsonObject params = paramsValue.toObject();
    const QString name = method.toString();
    Responder responder(connection, id);
    if (connection->m_member && !memberMethods().contains(name)) {
        // Known or not: a member learns nothing more about the agent's methods by trying.
        qCInfo(lcIpc).noquote() << connection->name() << "(a member of group" << m_group->name << ") may not call" << name;
        responder.fail(Error::PermissionDenied,
                       QStringLiteral("\"%1\" is for the agent's own user or root; members of group %2 may use %3")
                           .arg(name, m_group->name, memberMethods().join(QStringLiteral(", "))));
        return;
    }
    // Before helloRequired for hello itself; after it for the rest (nothing is told before hello).
    const auto checkParameters = [&] {
        const auto error = checkParams(name, params);
        if (error)
            responder.fail(Error::InvalidParams, error->message, {{Field::Param, error->param}});
        return !error;
    };

    if (name == Method::Hello) {
        if (!checkParameters())
            return;
        const int protocol = params.value(Field::Protocol).toInt();
        connection->m_hello = true;
        connection->m_clientName = params.value(Field::Client).toString().left(64);
        // Only a name checkParams accepted; QLocale maps one it does not know to C (English).
        const QString locale = params.value(Field::Locale).toString();
        connection->m_locale = locale.isEmpty() ? QLocale::c() : QLocale(locale);
        qCDebug(lcIpc).noquote() << connection->name() << "says hello, protocol" << protocol;
        responder.reply({{Field::Protocol, kProtocolVersion},
                         {Field::Agent, QStringLiteral(QDDNS_VERSION)},
                         {Field::Pid, QCoreApplication::applicationPid()}});
        return;
    }
    if (!connection->m_hello) {
        responder.fail(Error::HelloRequired, QStringLiteral("send \"hello\" with the protocol version first"));
        return;
    }
    if (!checkParameters())
        return;
    if (name == Method::Subscribe) {
        QSet<QString> events;
        const QStringList known{QString(Event::AddressChanged), QString(Event::UpdateResult), QString(Event::StatusChanged),
                                QString(Event::ConfigChanged), QString(Event::Log)};
        for (const QJsonValue &v : params.value(Field::Events).toArray())
            events.insert(v.toString()); // known names: checkParams saw to it
        const QString level = params.value(Field::LogLevel).toString(QStringLiteral("info"));
        connection->m_subscribed = true;
        connection->m_events = events;
        connection->m_logRank = logLevelRank(level);
        QJsonArray subscribed;
        for (const QString &e : known) {
            if (events.isEmpty() || events.contains(e))
                subscribed.append(e);
        }
        responder.reply({{Field::Events, subscribed}, {Field::Seq, m_seq}});
        return;
    }
    if (name == Method::Unsubscribe) {
        connection->m_subscribed = false;
        responder.reply({});
        return;
    }
    if (m_handler)
        m_handler(name, params, responder);
    else
        responder.fail(Error::UnknownMethod, QStringLiteral("unknown method \"%1\"").arg(name));
}

void LocalServer::publish(QLatin1StringView name, const QJsonObject &data, int logRank)
{
    const QJsonObject event = makeEvent(name, ++m_seq, data);
    const auto connections = findChildren<LocalConnection *>(Qt::FindDirectChildrenOnly);
    for (LocalConnection *c : connections) {
        if (c->wants(name, logRank))
            c->send(event);
    }
}

} // namespace Qddns
