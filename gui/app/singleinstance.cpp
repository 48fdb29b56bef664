#include "app/singleinstance.h"

#include "core/logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLockFile>
#include <QThread>

namespace Qddns::Gui {

namespace {
constexpr char kRaise[] = "raise\n";
constexpr int kConnectAttempts = 5;     // the first instance may be starting up right now
constexpr int kAttemptTimeoutMs = 1000;
} // namespace

SingleInstance::SingleInstance(QString name, QObject *parent) : QObject(parent), m_name(std::move(name)) {}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::defaultName()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (!runtime.isEmpty())
        return runtime + QStringLiteral("/qddns/gui.socket");
#endif
    QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    user.replace(QLatin1Char('/'), QLatin1Char('_'));
    return QStringLiteral("qddns-gui-") + user;
}

SingleInstance::Role SingleInstance::start()
{
    QString lockPath;
    if (m_name.contains(QLatin1Char('/'))) {
        const QString dir = QFileInfo(m_name).absolutePath();
        if (!QDir().exists(dir)) {
            if (!QDir().mkpath(dir)) {
                m_error = tr("cannot create %1").arg(dir);
                return Role::Failed;
            }
            // Owner-only, as the agent makes it: nobody else reaches the socket's name.
            QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        }
        lockPath = m_name + QStringLiteral(".lock");
    } else {
        lockPath = QDir::temp().filePath(m_name + QStringLiteral(".lock"));
    }

    m_lock = std::make_unique<QLockFile>(lockPath);
    m_lock->setStaleLockTime(0); // a lock is stale only when its process is gone
    if (!m_lock->tryLock(0)) {
        if (m_lock->error() != QLockFile::LockFailedError) {
            m_error = tr("cannot create the lock file %1").arg(lockPath);
            return Role::Failed;
        }
        if (tellRunningInstance())
            return Role::Secondary;
        m_error = tr("another qddns is running but does not answer on %1").arg(m_name);
        return Role::Failed;
    }

    // We hold the lock: a socket left by a crashed instance is ours to replace.
    QLocalServer::removeServer(m_name);
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::onNewConnection);
    if (!m_server->listen(m_name)) {
        m_error = tr("cannot listen on %1: %2").arg(m_name, m_server->errorString());
        return Role::Failed;
    }
    qCDebug(lcGui).noquote() << "single instance: listening on" << m_server->fullServerName();
    return Role::Primary;
}

bool SingleInstance::tellRunningInstance()
{
    for (int attempt = 0; attempt < kConnectAttempts; ++attempt) {
        if (attempt > 0)
            QThread::msleep(200);
        QLocalSocket socket;
        socket.connectToServer(m_name);
        if (!socket.waitForConnected(kAttemptTimeoutMs))
            continue;
        socket.write(kRaise);
        if (!socket.waitForBytesWritten(kAttemptTimeoutMs))
            continue;
        // Wait for the answer so we do not close before the first instance has read the line.
        socket.waitForReadyRead(kAttemptTimeoutMs);
        socket.disconnectFromServer();
        return true;
    }
    return false;
}

void SingleInstance::onNewConnection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            if (!socket->canReadLine()) {
                if (socket->bytesAvailable() > 64)
                    socket->abort(); // not one of us
                return;
            }
            const QByteArray line = socket->readLine(64);
            if (line == kRaise) {
                qCDebug(lcGui) << "another qddns was started: raising the window";
                Q_EMIT raiseRequested();
            }
            socket->write("ok\n");
            socket->disconnectFromServer();
        });
    }
}

} // namespace Qddns::Gui
