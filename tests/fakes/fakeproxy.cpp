#include "fakes/fakeproxy.h"

#include <QTcpSocket>
#include <QtEndian>

namespace Qddns::Test {

namespace {

// Connects the two sockets both ways; either closing closes the other.
void relay(QTcpSocket *client, QTcpSocket *upstream)
{
    QObject::connect(client, &QTcpSocket::readyRead, upstream, [client, upstream] { upstream->write(client->readAll()); });
    QObject::connect(upstream, &QTcpSocket::readyRead, client, [client, upstream] { client->write(upstream->readAll()); });
    QObject::connect(client, &QTcpSocket::disconnected, upstream, &QTcpSocket::disconnectFromHost);
    QObject::connect(upstream, &QTcpSocket::disconnected, client, &QTcpSocket::disconnectFromHost);
}

// The SOCKS5 CONNECT request's address and port, or nullopt while incomplete ("" when malformed).
std::optional<std::pair<QString, quint16>> socksTarget(const QByteArray &b, qsizetype &used)
{
    if (b.size() < 5)
        return std::nullopt;
    if (b.at(0) != 5 || b.at(1) != 1)
        return std::pair<QString, quint16>{};
    qsizetype at = 4;
    QString host;
    switch (b.at(3)) {
    case 1:
        if (b.size() < at + 6)
            return std::nullopt;
        host = QHostAddress(qFromBigEndian<quint32>(b.constData() + at)).toString();
        at += 4;
        break;
    case 3: {
        const int len = quint8(b.at(4));
        if (b.size() < at + 1 + len + 2)
            return std::nullopt;
        host = QString::fromLatin1(b.mid(at + 1, len));
        at += 1 + len;
        break;
    }
    case 4:
        if (b.size() < at + 18)
            return std::nullopt;
        host = QHostAddress(reinterpret_cast<const quint8 *>(b.constData() + at)).toString();
        at += 16;
        break;
    default: return std::pair<QString, quint16>{};
    }
    used = at + 2;
    return std::pair<QString, quint16>{host, qFromBigEndian<quint16>(b.constData() + at)};
}

} // namespace

FakeProxy::FakeProxy(Kind kind, QObject *parent) : QObject(parent), m_kind(kind)
{
    connect(&m_server, &QTcpServer::newConnection, this, [this] { accept(); });
}

void FakeProxy::requireCredentials(const QByteArray &user, const QByteArray &password)
{
    m_user = user;
    m_password = password;
}

bool FakeProxy::listen(const QHostAddress &address)
{
    return m_server.listen(address, 0);
}

void FakeProxy::accept()
{
    while (QTcpSocket *client = m_server.nextPendingConnection()) {
        connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
        auto *upstream = new QTcpSocket(client);
        // 0: greeting (SOCKS5), 3: username/password (SOCKS5, RFC 1929), 1: request, 2: relaying.
        auto stage = std::make_shared<int>(m_kind == Kind::Socks5 ? 0 : 1);
        auto buffer = std::make_shared<QByteArray>();
        connect(client, &QTcpSocket::readyRead, this, [this, client, upstream, stage, buffer] {
            if (*stage == 2)
                return;
            *buffer += client->readAll();
            const bool needsAuth = !m_user.isEmpty();
            if (*stage == 0) {
                if (buffer->size() < 2 || buffer->size() < 2 + quint8(buffer->at(1)))
                    return;
                const QByteArray methods = buffer->mid(2, quint8(buffer->at(1)));
                buffer->remove(0, 2 + quint8(buffer->at(1)));
                const char method = needsAuth ? (methods.contains(char(2)) ? 2 : char(0xff)) : (methods.contains(char(0)) ? 0 : char(0xff));
                client->write(QByteArray(1, 5) + QByteArray(1, method));
                if (method == char(0xff)) {
                    ++m_refusals;
                    client->disconnectFromHost();
                    return;
                }
                *stage = needsAuth ? 3 : 1;
            }
            if (*stage == 3) {
                // VER 1, ULEN, UNAME, PLEN, PASSWD
                if (buffer->size() < 2 || buffer->size() < 3 + quint8(buffer->at(1)))
                    return;
                const int userLength = quint8(buffer->at(1));
                const int passwordLength = quint8(buffer->at(2 + userLength));
                if (buffer->size() < 3 + userLength + passwordLength)
                    return;
                const QByteArray user = buffer->mid(2, userLength);
                const QByteArray password = buffer->mid(3 + userLength, passwordLength);
                m_seen.append(QByteArray(user + ':' + password));
                buffer->remove(0, 3 + userLength + passwordLength);
                if (user != m_user || password != m_password) {
                    ++m_refusals;
                    client->write(QByteArray::fromHex("0101"));
                    client->disconnectFromHost();
                    return;
                }
                client->write(QByteArray::fromHex("0100"));
                *stage = 1;
                if (buffer->isEmpty())
                    return;
            }
            QString host;
            quint16 port = 0;
            QByteArray rest;
            if (m_kind == Kind::Http) {
                const qsizetype end = buffer->indexOf("\r\n\r\n");
                if (end < 0)
                    return;
                const QList<QByteArray> line = buffer->left(buffer->indexOf("\r\n")).split(' ');
                if (needsAuth) {
                    QByteArray given;
                    for (const QByteArray &header : buffer->left(end).split('\n')) {
                        if (header.toLower().startsWith("proxy-authorization:"))
                            given = header.mid(header.indexOf(':') + 1).trimmed();
                    }
                    if (!given.isEmpty())
                        m_seen.append(given);
                    if (given != "Basic " + QByteArray(m_user + ':' + m_password).toBase64()) {
                        ++m_refusals;
                        client->write("HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm=\"fake\"\r\n"
                                      "Content-Length: 0\r\nConnection: close\r\nProxy-Connection: close\r\n\r\n");
                        client->disconnectFromHost();
                        return;
                    }
                }
                rest = buffer->mid(end + 4);
                if (line.size() != 3 || line.at(0) != "CONNECT") {
                    client->write("HTTP/1.1 405 Method Not Allowed\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                    client->disconnectFromHost();
                    return;
                }
                const QByteArray target = line.at(1);
                host = QString::fromLatin1(target.left(target.lastIndexOf(':'))).remove(QLatin1Char('[')).remove(QLatin1Char(']'));
                port = quint16(target.mid(target.lastIndexOf(':') + 1).toUInt());
            } else {
                qsizetype used = 0;
                const auto target = socksTarget(*buffer, used);
                if (!target)
                    return;
                host = target->first;
                port = target->second;
                rest = buffer->mid(used);
            }
            m_targets.append(QStringLiteral("%1:%2").arg(host).arg(port));
            *stage = 2;
            connect(upstream, &QTcpSocket::connected, client, [this, client, upstream, rest] {
                client->write(m_kind == Kind::Http ? QByteArray("HTTP/1.1 200 Connection established\r\n\r\n")
                                                   : QByteArray::fromHex("05000001000000000000"));
                upstream->write(rest);
                relay(client, upstream);
                if (client->bytesAvailable() > 0)
                    upstream->write(client->readAll());
            });
            upstream->connectToHost(host, port);
        });
    }
}

} // namespace Qddns::Test
