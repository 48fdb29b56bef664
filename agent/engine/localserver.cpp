#include "engine/localserver.h"

#include "engine/logsink.h"
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

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/un.h>
#include <unistd.h>
#endif

namespace Qddns {

using namespace Ipc;

namespace {
// How long a refused client may keep its connection to read the error; and how many may do so
// at once (past that they are closed at once: a flood of clients must not pile up descriptors).
constexpr std::chrono::milliseconds kRefusedLinger{2000};
constexpr int kMaxLingering = 64;

#ifdef Q_OS_UNIX
QString errnoText(int error) { return QString::fromLocal8Bit(std::strerror(error)); }

// Creates what is missing of \a dir, owner-only: these directories are the agent's own.
Expected<bool, QString> createDirectories(const QString &dir)
{
    QStringList missing;
    for (QString d = dir; !QFileInfo::exists(d) && d != QFileInfo(d).path(); d = QFileInfo(d).path())
        missing.prepend(d);
    for (const QString &d : std::as_const(missing)) {
        const QByteArray name = QFile::encodeName(d);
        if (::mkdir(name.constData(), S_IRWXU) != 0) {
            if (errno == EEXIST)
                continue; // made by someone else meanwhile: checked like any directory not ours
            return Unexpected{QStringLiteral("cannot create the socket directory %1: %2").arg(d, errnoText(errno))};
        }
        ::chmod(name.constData(), S_IRWXU); // whatever the umask took away
        qCInfo(lcIpc).noquote() << "created the socket directory" << d << "(mode 0700)";
    }
    return true;
}

// The directory is left as it is (the agent never changes the mode of one it did not create),
// but it must not let another user replace the socket: clients trust what answers there.
Expected<bool, QString> checkDirectory(const QString &dir)
{
    struct stat st{};
    if (::stat(QFile::encodeName(dir).constData(), &st) != 0)
        return Unexpected{QStringLiteral("cannot use the socket directory %1: %2").arg(dir, errnoText(errno))};
    if (!S_ISDIR(st.st_mode))
        return Unexpected{QStringLiteral("the socket directory %1 is not a directory").arg(dir)};
    if (st.st_uid != ::geteuid() && st.st_uid != 0)
        return Unexpected{QStringLiteral("the socket directory %1 belongs to another user (uid %2), who could replace the socket; "
                                         "choose a directory of your own").arg(dir).arg(st.st_uid)};
    // A sticky world-writable directory (/tmp) is safe: only the owner of a name may remove it.
    if ((st.st_mode & (S_IWGRP | S_IWOTH)) && !(st.st_mode & S_ISVTX))
        return Unexpected{QStringLiteral("the socket directory %1 is writable by other users (mode %2), who could replace the socket; "
                                         "choose a directory only you can write to (the agent does not change the mode of a directory it did not create)")
                              .arg(dir, QString::number(st.st_mode & 07777, 8).rightJustified(4, QLatin1Char('0')))};
    return true;
}

// Clears \a path for a new socket: nothing there, or a socket nobody listens on any more (an
// agent that died: the caller holds the state directory's lock). Anything else stays.
Expected<bool, QString> clearSocketPath(const QString &path)
{
    const QByteArray name = QFile::encodeName(path);
    sockaddr_un addr{};
    if (size_t(name.size()) >= sizeof addr.sun_path)
        return Unexpected{QStringLiteral("the socket path %1 is too long (%2 bytes; at most %3)").arg(path).arg(name.size()).arg(sizeof addr.sun_path - 1)};
    struct stat st{};
    if (::lstat(name.constData(), &st) != 0) {
        if (errno == ENOENT)
            return true;
        return Unexpected{QStringLiteral("cannot use the socket path %1: %2").arg(path, errnoText(errno))};
    }
    if (!S_ISSOCK(st.st_mode))
        return Unexpected{QStringLiteral("%1 exists and is not a socket: the agent does not replace it; remove it or choose another --socket path").arg(path)};
    addr.sun_family = AF_UNIX;
    std::memcpy(addr.sun_path, name.constData(), size_t(name.size()));
    const int probe = ::socket(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    const int connected = probe < 0 ? -1 : ::connect(probe, reinterpret_cast<const sockaddr *>(&addr), sizeof addr);
    const int error = connected == 0 ? 0 : errno;
    if (probe >= 0)
        ::close(probe);
    if (connected == 0 || error == EAGAIN)
        return Unexpected{QStringLiteral("another process listens on %1 (an agent with another state directory?); choose another --socket path").arg(path)};
    if (error != ECONNREFUSED)
        return Unexpected{QStringLiteral("cannot use the socket path %1: %2").arg(path, errnoText(error))};
    if (::unlink(name.constData()) != 0)
        return Unexpected{QStringLiteral("cannot remove the stale socket %1: %2").arg(path, errnoText(errno))};
    qCDebug(lcIpc).noquote() << "removed the stale socket" << path;
    return true;
}

Expected<bool, QString> prepareSocketPath(const QString &path)
{
    const QString dir = QFileInfo(path).absolutePath();
    if (const auto created = createDirectories(dir); !created)
        return created;
    if (const auto checked = checkDirectory(dir); !checked)
        return checked;
    return clearSocketPath(path);
}
#endif
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
#ifdef Q_OS_UNIX
        m_socket->flush(); // one short line into an empty socket buffer: written at once
        if (m_server->m_lingering < kMaxLingering && m_socket->bytesToWrite() == 0
            && ::shutdown(int(m_socket->socketDescriptor()), SHUT_WR) == 0) {
            ++m_server->m_lingering;
            m_lingers = true;
            QTimer::singleShot(kRefusedLinger, this, [this] {
                m_socket->abort();
                deleteLater();
            });
            return;
        }
#endif
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
    bool m_closing = false;
    bool m_subscribed = false;
    bool m_refused = false; ///< not served: does not count as a client
    bool m_lingers = false; ///< refused, reading until the client leaves
    QSet<QString> m_events; ///< empty: all
    int m_logRank = 1;      ///< info
};

Responder::Responder(LocalConnection *connection, QJsonValue id) : m_connection(connection), m_id(std::move(id)) {}

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

Expected<bool, QString> LocalServer::listen(const QString &name)
{
#ifdef Q_OS_UNIX
    // Where QLocalServer puts it: a name without a leading '/' goes into the temporary directory.
    const QString path = name.startsWith(QLatin1Char('/')) ? name : QDir::cleanPath(QDir::tempPath()) + QLatin1Char('/') + name;
    if (const auto prepared = prepareSocketPath(path); !prepared)
        return Unexpected{prepared.error()};
#endif
    if (!m_server.listen(name))
        return Unexpected{QStringLiteral("cannot listen on %1: %2").arg(name, m_server.errorString())};
    m_path = m_server.fullServerName();
#ifdef Q_OS_UNIX
    // QLocalServer leaves it 0700 (UserAccessOption); connecting needs read and write only.
    if (::chmod(QFile::encodeName(m_path).constData(), S_IRUSR | S_IWUSR) != 0)
        qCWarning(lcIpc).noquote() << "cannot make" << m_path << "mode 0600:" << QString::fromLocal8Bit(std::strerror(errno));
#endif
    qCInfo(lcIpc).noquote() << "listening on" << m_path;
    return true;
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

namespace {
// The uid of the process at the other end, where the OS tells it.
std::optional<uint> peerUid(qintptr fd, qint64 *pid)
{
#if defined(Q_OS_LINUX)
    ucred cred{};
    socklen_t len = sizeof cred;
    if (::getsockopt(int(fd), SOL_SOCKET, SO_PEERCRED, &cred, &len) != 0)
        return std::nullopt;
    *pid = cred.pid;
    return uint(cred.uid);
#elif defined(Q_OS_UNIX)
    uid_t uid = 0;
    gid_t gid = 0;
    *pid = -1;
    if (::getpeereid(int(fd), &uid, &gid) != 0)
        return std::nullopt;
    return uint(uid);
#else
    Q_UNUSED(fd)
    *pid = -1;
    return std::nullopt; // Windows: the pipe's ACL (UserAccessOption) admits only this user
#endif
}
} // namespace

void LocalServer::onNewConnection()
{
    while (QLocalSocket *socket = m_server.nextPendingConnection()) {
        auto *connection = new LocalConnection(this, socket, ++m_clientNumber);
#ifdef Q_OS_UNIX
        qint64 pid = -1;
        const auto uid = peerUid(socket->socketDescriptor(), &pid);
        if (!uid || *uid != uint(::geteuid())) {
            qCWarning(lcIpc).noquote() << QStringLiteral("refused a connection from uid %1 (pid %2): only uid %3 may use this agent")
                                              .arg(uid ? QString::number(*uid) : QStringLiteral("unknown")).arg(pid).arg(::geteuid());
            connection->refuse(Error::PermissionDenied, QStringLiteral("this agent serves only its own user (uid %1)").arg(::geteuid()));
            continue;
        }
#endif
        if (clientCount() > kMaxClients) {
            qCWarning(lcIpc) << "refused a connection: already" << kMaxClients << "clients";
            connection->refuse(Error::TooManyClients, QStringLiteral("the agent already serves %1 clients").arg(kMaxClients));
            continue;
        }
        qCDebug(lcIpc).noquote() << connection->name() << "connected";
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
