#pragma once

#include "providers/provider.h"
#include "providers/replymatcher.h"

namespace Qddns {

/// \brief One service updated by an HTTP GET of a URL, as a data row of geturlservices.json: its
/// metadata, its URL template and how to read its replies. The GET-URL engine (GetUrlProvider)
/// does the rest: batches, families, placeholders, redaction, unexpected replies.
///
/// Placeholders in the URL and header templates: {server} (the profile's server, else the row's,
/// or the row's server for the family of a one-family request; the URL starts with it), {host} (the request's hosts, joined by hostSeparator), {ipv4}, {ipv6},
/// {ip} (the one address of a request per family), {username}, {secret}, {credential:ID},
/// {option:KEY} and {relative:KEY} (the host below the domain an option names; apexName for the
/// domain itself). Values are percent-encoded in the URL, raw in headers. A query item whose value
/// names an address the request does not carry is left out (the service keeps that record).
struct GetUrlService
{
    ProviderInfo info;
    QString url;                          ///< the template used for every request
    PerFamily<QString> familyUrl;         ///< a template for requests of one family (optional)
    /// The server of a one-family request when the profile names none (optional): services that
    /// take IPv6 updates on their own host, as FreeDNS's v6.sync.afraid.org.
    PerFamily<QUrl> familyServer;
    bool perFamily = false;               ///< one request per family even when both are due
    QString hostSeparator = QStringLiteral(",");
    QString apexName = QStringLiteral("@");
    HttpHeaders headers;                  ///< name -> value template
    std::optional<std::pair<QString, QString>> basicAuth; ///< user and password templates
    ReplyFormat format = ReplyFormat::Text;
    /// Read in this order, the first match wins: refusals before successes, so that a reply
    /// carrying both words is never a success.
    QList<std::pair<Outcome, ReplyMatcher>> matchers;
};

/// \brief Parses a services file ({"services": [...]}); a broken row is skipped and described in
/// \a errors ("services[3] (id): what is wrong").
QList<GetUrlService> parseGetUrlServices(const QByteArray &json, QStringList *errors = nullptr);

/// \brief The services built into qddns (the embedded geturlservices.json).
QList<GetUrlService> builtinGetUrlServices();

/// \brief The GET-URL engine for one service row.
class GetUrlProvider : public Provider
{
public:
    explicit GetUrlProvider(GetUrlService service);
    const ProviderInfo &info() const override { return m_service.info; }
    QList<ConfigError> validate(const QJsonObject &profile, const QString &path) const override;
    std::unique_ptr<UpdateTransaction> start(const UpdateRequest &request) const override;
    const GetUrlService &service() const { return m_service; }

private:
    GetUrlService m_service;
};

} // namespace Qddns
