#pragma once

// A loopback proxy as a user's network has one: HTTP (CONNECT tunnels) or SOCKS5, open or asking
// for a user name and password (HTTP Basic in Proxy-Authorization; SOCKS5 RFC 1929). Records where
// each client asked to go and the credentials it gave, and relays the bytes unchanged.

#include <QHostAddress>
#include <QObject>
#include <QStringList>
#include <QTcpServer>

namespace Qddns::Test {

class FakeProxy : public QObject
{
    Q_OBJECT
public:
    enum class Kind { Http, Socks5 };
    explicit FakeProxy(Kind kind, QObject *parent = nullptr);
    bool listen(const QHostAddress &address = QHostAddress::LocalHost);
    quint16 port() const { return m_server.serverPort(); }
    /// \brief "host:port" of every tunnel asked for, in order (CONNECT's target, SOCKS5's address).
    QStringList targets() const { return m_targets; }
    /// \brief From now on only clients giving exactly these get a tunnel (HTTP: 407, SOCKS5: RFC 1929 failure).
    void requireCredentials(const QByteArray &user, const QByteArray &password);
    /// \brief What each client gave, in order: HTTP the Proxy-Authorization header as sent,
    /// SOCKS5 "user:password" from the RFC 1929 request.
    QList<QByteArray> credentialsSeen() const { return m_seen; }
    int refusals() const { return m_refusals; }

private:
    void accept();

    Kind m_kind;
    QTcpServer m_server;
    QStringList m_targets;
    QByteArray m_user;
    QByteArray m_password;
    QList<QByteArray> m_seen;
    int m_refusals = 0;
};

} // namespace Qddns::Test
