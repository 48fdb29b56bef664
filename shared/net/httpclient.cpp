#include "net/httpclient.h"

#include "core/logging.h"
#include "core/redact.h"
#include "core/version.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QSslConfiguration>
#include <QTimer>

namespace Qddns {

HttpClient::HttpClient(QNetworkAccessManager *nam, QObject *parent) : QObject(parent), m_nam(nam) {}

void HttpClient::setExtraCaCertificates(const QList<QSslCertificate> &certificates)
{
    if (certificates == m_extraCas)
        return;
    m_extraCas = certificates;
    // Pooled connections keep the trust they were made with, so they go; but Qt's
    // clearConnectionCache() stops its HTTP thread (blocking up to 5 s) and strands the replies in
    // flight until they time out: wait until none is.
    if (m_inFlight == 0)
        clearConnectionCaches();
    else
        m_clearCachePending = true;
}

void HttpClient::clearConnectionCaches()
{
    m_nam->clearConnectionCache();
    if (m_directNam)
        m_directNam->clearConnectionCache();
    for (QNetworkAccessManager *nam : std::as_const(m_proxyNams))
        nam->clearConnectionCache();
}

QString HttpClient::tooLargeMessage(const QString &host)
{
    return QStringLiteral("reply from %1 is larger than %2 bytes").arg(host).arg(kMaxReplyBytes);
}

QString HttpClient::serverKey(const QUrl &url)
{
    return url.host().toLower() + QLatin1Char(':') + QString::number(url.port(url.scheme() == QLatin1String("http") ? 80 : 443));
}

void HttpClient::send(const HttpRequest &request, const Options &options, QObject *context, Callback done)
{
    const QString scheme = request.url.scheme();
    QString refusal;
    if (scheme == QLatin1String("http") && !options.allowInsecureHttp)
        refusal = QStringLiteral("refusing plain http:// (%1): it would travel unencrypted; use https://, or set "
                                 "\"allowInsecureHttp\": true (meant for loopback test servers)")
                      .arg(redactUrl(request.url, options.secrets));
    else if (scheme != QLatin1String("https") && scheme != QLatin1String("http"))
        refusal = QStringLiteral("refusing a non-HTTP URL (%1)").arg(redactUrl(request.url, options.secrets));
    if (!refusal.isEmpty()) {
        qCWarning(lcHttp).noquote() << refusal;
        HttpReply reply;
        reply.error = refusal;
        QTimer::singleShot(0, context, [done = std::move(done), reply] { done(reply); });
        return;
    }

    Pending pending{request, options, context, std::move(done)};
    const QString server = serverKey(request.url);
    if (m_active.value(server) >= m_perServerLimit) {
        qCDebug(lcHttp).noquote() << "queued behind the per-server limit:" << server;
        m_queued[server].push_back(std::move(pending));
        return;
    }
    start(server, std::move(pending));
}

void HttpClient::setProxy(const QNetworkProxy &proxy)
{
    m_nam->setProxy(proxy);
    // Kept once made (requests may be in flight on it); without a proxy m_nam is direct anyway.
    if (proxy.type() != QNetworkProxy::NoProxy && !m_directNam) {
        m_directNam = new QNetworkAccessManager(this);
        m_directNam->setProxy(QNetworkProxy::NoProxy);
    }
}

QNetworkAccessManager *HttpClient::managerFor(const Options &options)
{
    if (!options.proxy)
        return options.direct && m_directNam ? m_directNam : m_nam; // m_nam is direct while no proxy is set
    if (options.direct || options.proxy->type() == QNetworkProxy::NoProxy) {
        if (!m_directNam) {
            m_directNam = new QNetworkAccessManager(this);
            m_directNam->setProxy(QNetworkProxy::NoProxy);
        }
        return m_directNam;
    }
    const QNetworkProxy &proxy = *options.proxy;
    // The password is part of the key (in memory only): a new one must not reuse a refused login.
    const QByteArray key = QByteArray::number(int(proxy.type())) + '\n' + proxy.hostName().toUtf8() + '\n'
                           + QByteArray::number(proxy.port()) + '\n' + proxy.user().toUtf8() + '\n' + proxy.password().toUtf8();
    QNetworkAccessManager *&nam = m_proxyNams[key];
    if (!nam) {
        nam = new QNetworkAccessManager(this);
        nam->setProxy(proxy);
    }
    return nam;
}

void HttpClient::start(const QString &server, Pending pending)
{
    ++m_active[server];
    ++m_inFlight;

    QNetworkRequest nr(pending.request.url);
    nr.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral(QDDNS_USER_AGENT));
    for (const auto &[name, value] : std::as_const(pending.request.headers))
        nr.setRawHeader(name, value);
    // Credentials must never follow a redirect to another place; echo services may redirect within their origin.
    nr.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                    pending.options.followRedirects ? QNetworkRequest::SameOriginRedirectPolicy
                                                    : QNetworkRequest::ManualRedirectPolicy);
    nr.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    if (!m_extraCas.isEmpty()) {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.addCaCertificates(m_extraCas);
        nr.setSslConfiguration(ssl);
    }

    const QString shownUrl = redactUrl(pending.request.url, pending.options.secrets);
    qCDebug(lcHttp).noquote() << pending.request.method << shownUrl;

    QNetworkAccessManager *nam = managerFor(pending.options);
    QNetworkReply *reply = nam->sendCustomRequest(nr, pending.request.method, pending.request.body);
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();

    auto *timeout = new QTimer(reply);
    timeout->setSingleShot(true);
    // Why a reply was aborted, when we aborted it: an aborted reply may look like a short success.
    enum class Abort { None, Timeout, TooLarge, Cancelled };
    auto aborted = std::make_shared<Abort>(Abort::None);
    m_abortReasons.insert(reply, [reply, aborted] {
        *aborted = Abort::Cancelled;
        reply->abort();
    });
    connect(timeout, &QTimer::timeout, reply, [reply, aborted] {
        *aborted = Abort::Timeout;
        reply->abort();
    });
    timeout->start(m_timeout);

    // Stop reading a reply that grows past the cap instead of buffering it.
    connect(reply, &QNetworkReply::downloadProgress, reply, [reply, aborted](qint64 received, qint64) {
        if (received > kMaxReplyBytes) {
            *aborted = Abort::TooLarge;
            reply->abort();
        }
    });

    connect(reply, &QNetworkReply::finished, this,
            [this, reply, server, aborted, timer, shownUrl, pending = std::move(pending)] {
        HttpReply result;
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->isOpen())
            // What arrived, at most the cap: read(n) would allocate n bytes (1 MiB) for every reply.
            result.body = reply->read(std::min<qint64>(reply->bytesAvailable(), kMaxReplyBytes + 1));
        for (const auto &pair : reply->rawHeaderPairs())
            result.headers.append(pair);
        if (*aborted == Abort::Cancelled) {
            result.status = 0;
            result.error = QStringLiteral("cancelled");
        } else if (*aborted == Abort::Timeout) {
            result.status = 0;
            result.error = QStringLiteral("no answer from %1 within %2 s").arg(pending.request.url.host())
                               .arg(double(m_timeout.count()) / 1000);
        } else if (*aborted == Abort::TooLarge || result.body.size() > kMaxReplyBytes) {
            result.status = 0;
            result.error = tooLargeMessage(pending.request.url.host());
        } else if (reply->error() != QNetworkReply::NoError && result.status != 0 && reply->error() < 100) {
            // The status line arrived, then the connection failed (closed before the announced
            // body was complete): a truncated body is no answer, whatever its first bytes say.
            result.status = 0;
            result.error = QStringLiteral("the reply from %1 ended early: %2")
                               .arg(pending.request.url.host(), redactText(reply->errorString(), pending.options.secrets));
        } else if (const auto e = reply->error(); e >= QNetworkReply::ProxyConnectionRefusedError
                                                   && e <= QNetworkReply::UnknownProxyError) {
            // The proxy's failure, named as such: a wrong proxy password must not read as the provider's.
            const QNetworkProxy proxy = pending.options.proxy ? *pending.options.proxy : m_nam->proxy();
            result.status = 0;
            result.error = e == QNetworkReply::ProxyAuthenticationRequiredError
                               ? QStringLiteral("%1 refused the credentials (%2): check the proxy's user name and password")
                                     .arg(describeProxy(proxy), redactText(reply->errorString(), pending.options.secrets))
                               : QStringLiteral("%1: %2").arg(describeProxy(proxy),
                                                              redactText(reply->errorString(), pending.options.secrets));
        } else if (reply->error() != QNetworkReply::NoError && result.status == 0) {
            // Transport failure (refused, TLS, DNS). HTTP error statuses are answers, not transport errors.
            result.error = QStringLiteral("%1: %2").arg(pending.request.url.host(),
                                                        redactText(reply->errorString(), pending.options.secrets));
        }
        qCDebug(lcHttp).noquote() << "reply" << result.status << result.body.size() << "bytes in"
                                  << timer->elapsed() << "ms from" << shownUrl
                                  << (result.error.isEmpty() ? QString() : result.error);
        reply->deleteLater();
        m_abortReasons.remove(reply);
        if (pending.context)
            pending.done(result);
        finish(server);
    });
}

void HttpClient::finish(const QString &server)
{
    --m_inFlight;
    if (m_inFlight == 0 && m_clearCachePending) {
        // Not from inside the finished reply's signal.
        QTimer::singleShot(0, this, [this] {
            if (m_inFlight == 0 && std::exchange(m_clearCachePending, false))
                clearConnectionCaches();
        });
    }
    if (--m_active[server] <= 0)
        m_active.remove(server);
    auto it = m_queued.find(server);
    if (it == m_queued.end() || it->empty())
        return;
    Pending next = std::move(it->front());
    it->pop_front();
    if (it->empty())
        m_queued.erase(it);
    start(server, std::move(next));
}

void HttpClient::abortAll()
{
    auto queued = std::exchange(m_queued, {});
    for (auto &list : queued) {
        for (Pending &p : list) {
            HttpReply reply;
            reply.error = QStringLiteral("cancelled");
            if (p.context)
                p.done(reply);
        }
    }
    const auto cancels = m_abortReasons;
    for (const auto &cancel : cancels)
        cancel();
}

QNetworkProxy networkProxy(const QUrl &url, const QString &password)
{
    if (url.isEmpty())
        return QNetworkProxy(QNetworkProxy::NoProxy);
    const auto type = url.scheme() == QLatin1String("socks5") ? QNetworkProxy::Socks5Proxy : QNetworkProxy::HttpProxy;
    QNetworkProxy proxy(type, url.host(), quint16(url.port()), url.userName());
    if (!url.userName().isEmpty())
        proxy.setPassword(password);
    return proxy;
}

QString describeProxy(const QNetworkProxy &proxy)
{
    const QString kind = proxy.type() == QNetworkProxy::Socks5Proxy ? QStringLiteral("SOCKS5 proxy") : QStringLiteral("HTTP proxy");
    const QString host = proxy.hostName().contains(QLatin1Char(':')) ? QLatin1Char('[') + proxy.hostName() + QLatin1Char(']')
                                                                     : proxy.hostName();
    return QStringLiteral("%1 %2:%3").arg(kind, host).arg(proxy.port())
           + (proxy.user().isEmpty() ? QString() : QStringLiteral(" (user %1)").arg(proxy.user()));
}

} // namespace Qddns
