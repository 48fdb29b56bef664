#include "core/redact.h"
#include "providers/providerkit.h"

#include <QHash>
#include <QRegularExpression>

namespace Qddns {

QDDNS_PROVIDER_LOGGING()

namespace {

const QString kUrlKey = QStringLiteral("url");
const QString kPatternKey = QStringLiteral("successPattern");
const QString kIp = QStringLiteral("IP");
const QString kIp6 = QStringLiteral("IP6");

const QStringList &knownPlaceholders()
{
    static const QStringList names{QStringLiteral("USERNAME"), QStringLiteral("PASSWORD"), QStringLiteral("DOMAIN"),
                                   kIp, kIp6};
    return names;
}

const QRegularExpression &placeholderPattern()
{
    // Bracketed words only: an IPv6 literal host such as [2a02::1] has colons and never matches.
    static const QRegularExpression re(QStringLiteral("\\[([A-Za-z0-9_]+)\\]"));
    return re;
}

bool hasPlaceholder(const QString &tmpl, const QString &name)
{
    return tmpl.contains(QLatin1Char('[') + name + QLatin1Char(']'));
}

/// Replaces each known placeholder with its value percent-encoded as a whole (so '&', '/', '#',
/// '+' or a space in a password cannot change the URL's structure). One pass: a value is
/// never searched for placeholders itself. Unknown placeholders stay as written unless
/// \a unknown is given.
QString fillTemplate(const QString &tmpl, const QHash<QString, QString> &values,
                     const std::optional<QString> &unknown = std::nullopt)
{
    QString out;
    qsizetype last = 0;
    auto it = placeholderPattern().globalMatch(tmpl);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const auto value = values.constFind(m.captured(1));
        if (value == values.cend() && !unknown)
            continue;
        out += QStringView(tmpl).mid(last, m.capturedStart() - last);
        out += QString::fromLatin1(QUrl::toPercentEncoding(value == values.cend() ? *unknown : *value));
        last = m.capturedEnd();
    }
    out += QStringView(tmpl).mid(last);
    return out;
}

/// Why \a url cannot be requested, or empty. Never quotes the URL: it may hold the password.
QString urlProblem(const QUrl &url, bool allowInsecure)
{
    if (!url.isValid())
        return QStringLiteral("is not a valid URL once its placeholders are filled in");
    if (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))
        return QStringLiteral("must start with https:// (or http://)");
    if (url.host().isEmpty())
        return QStringLiteral("has no host name");
    if (url.scheme() == QLatin1String("http") && !allowInsecure)
        return QStringLiteral("uses plain http://, so the password would travel unencrypted; use https://, or set "
                              "\"allowInsecureHttp\": true");
    return {};
}

QList<RecordResult> parseReply(const RequestStep &step, const HttpReply &reply, const QString &pattern)
{
    const UpdateRequest &records = step.records;
    const QString secret = records.secret;
    const auto all = [&](Outcome outcome, const QString &message) {
        // Transport errors may quote the request URL, which may carry the password.
        return resultsForAll(records, outcome, redactText(message, {secret}));
    };

    if (const auto failure = classifyHttpFailure(reply))
        return all(failure->first, failure->second);
    if (reply.status >= 400 && reply.status < 500) {
        return all(Outcome::Rejected, QStringLiteral("The update URL answered HTTP %1: %2")
                                          .arg(reply.status)
                                          .arg(bodyExcerpt(reply.body, secret)));
    }
    if (!reply.isSuccess()) {
        return all(Outcome::RetryLater, QStringLiteral("Unexpected HTTP %1 from the update URL: %2")
                                            .arg(reply.status)
                                            .arg(bodyExcerpt(reply.body, secret)));
    }
    if (pattern.isEmpty()) {
        return all(Outcome::Updated, QStringLiteral("The update URL answered HTTP %1: %2")
                                         .arg(reply.status)
                                         .arg(bodyExcerpt(reply.body, secret)));
    }
    if (QRegularExpression(pattern).match(QString::fromUtf8(reply.body)).hasMatch()) {
        return all(Outcome::Updated, QStringLiteral("The reply matched successPattern: %1")
                                         .arg(bodyExcerpt(reply.body, secret)));
    }
    // A 2xx whose body does not confirm is how most such services say "bad host" or "bad
    // password" (DynDNS-style "nohost", "badauth"). Repeating the same request would not help
    // and some services block clients that do, so hold until the profile changes.
    qCDebug(lcProvider) << "reply does not match successPattern, status" << reply.status;
    return all(Outcome::Rejected, QStringLiteral("The reply does not match successPattern, so the service did not "
                                                 "confirm the update: %1")
                                      .arg(bodyExcerpt(reply.body, secret)));
}

class CustomProvider : public Provider
{
public:
    CustomProvider()
    {
        m_info.id = QStringLiteral("custom");
        m_info.name = QStringLiteral("Custom update URL");
        m_info.protocol = QStringLiteral("custom");
        m_info.category = ProviderCategory::Generic; // the user writes the request: no documentation to check
        m_info.help = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText",
            "For services updated by one HTTP GET. Write their update URL with the placeholders [USERNAME], "
            "[PASSWORD], [DOMAIN], [IP] and [IP6]; each is replaced by its value, percent-encoded."));
        m_info.hostExample = QStringLiteral("home.example.net");
        m_info.hostHelp = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "Each name replaces [DOMAIN] in the URL, one request per name"));
        m_info.username = Need::Optional;
        m_info.usernameHelp = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "Replaces [USERNAME] in the URL"));
        m_info.secret = Need::Optional;
        m_info.secretHelp = QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "Replaces [PASSWORD] in the URL"));
        m_info.maxHostsPerRequest = 1;
        m_info.options = {
            {kUrlKey, ProviderOption::Kind::Url, true, QJsonValue(),
             QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "The update URL, e.g. https://dyn.example.net/update?host=[DOMAIN]&ip=[IP]. With [IP6] "
                            "one request per host carries both addresses ([IP] the IPv4, [IP6] the IPv6, an "
                            "address not published left empty); with only [IP], one request is sent per address.")),
             QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "Update URL"))},
            {kPatternKey, ProviderOption::Kind::Regex, false, QJsonValue(),
             QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "A regular expression the reply must contain for the update to count as done, e.g. "
                            "^(good|nochg)")),
             QString::fromUtf8(QT_TRANSLATE_NOOP("Qddns::ProviderText", "Success pattern"))},
        };
    }

    const ProviderInfo &info() const override { return m_info; }

    QList<ConfigError> validate(const QJsonObject &profile, const QString &path) const override
    {
        QList<ConfigError> errors;
        const QString urlPath = path + QLatin1Char('.') + kUrlKey;
        const QJsonValue urlValue = profile.value(kUrlKey);
        // A missing or non-string url, and an invalid successPattern, are reported by the
        // generic option checks (config.cpp); only what is specific to templates is checked here.
        if (urlValue.isString() && !urlValue.toString().trimmed().isEmpty()) {
            const QString tmpl = urlValue.toString();
            QStringList unknown;
            auto it = placeholderPattern().globalMatch(tmpl);
            while (it.hasNext()) {
                const QString name = it.next().captured(1);
                if (knownPlaceholders().contains(name) || unknown.contains(name))
                    continue;
                unknown.append(name);
                const QString hint = knownPlaceholders().contains(name.toUpper())
                    ? QStringLiteral(" (placeholders are upper case: [%1])").arg(name.toUpper())
                    : QStringLiteral("; the placeholders are [USERNAME], [PASSWORD], [DOMAIN], [IP] and [IP6]");
                errors.append({urlPath, QStringLiteral("has an unknown placeholder [%1]%2").arg(name, hint)});
            }
            // A misspelt [ip] is already reported above; saying it again as "no address" adds nothing.
            if (unknown.isEmpty() && !hasPlaceholder(tmpl, kIp) && !hasPlaceholder(tmpl, kIp6))
                errors.append({urlPath, QStringLiteral("contains neither [IP] nor [IP6], so no address would be "
                                                       "published")});
            const QHash<QString, QString> dummy{
                {QStringLiteral("USERNAME"), QStringLiteral("user")},
                {QStringLiteral("PASSWORD"), QStringLiteral("secret")},
                {QStringLiteral("DOMAIN"), QStringLiteral("host.example.net")},
                {kIp, QStringLiteral("81.2.69.160")},
                {kIp6, QStringLiteral("2a02:8070:d18f:5a00::10")},
            };
            const bool allowInsecure = profile.value(QLatin1String("allowInsecureHttp")).toBool(false);
            // Unknown placeholders are filled too: they are reported above, not as a broken URL.
            const QUrl filled(fillTemplate(tmpl, dummy, QStringLiteral("x")), QUrl::StrictMode);
            if (const QString problem = urlProblem(filled, allowInsecure); !problem.isEmpty())
                errors.append({urlPath, problem});
        }
        return errors;
    }

    std::unique_ptr<UpdateTransaction> start(const UpdateRequest &request) const override
    {
        const QString tmpl = request.options.value(kUrlKey).toString();
        const QString pattern = request.options.value(kPatternKey).toString();
        const bool hasIp = hasPlaceholder(tmpl, kIp);
        const bool hasIp6 = hasPlaceholder(tmpl, kIp6);

        // validate() keeps these out; refuse rather than send something half-formed.
        QString problem;
        if (tmpl.isEmpty())
            problem = QStringLiteral("The profile has no update URL (\"url\")");
        else if (!hasIp && !hasIp6)
            problem = QStringLiteral("The update URL has neither [IP] nor [IP6]");
        else if (!pattern.isEmpty() && !QRegularExpression(pattern).isValid())
            problem = QStringLiteral("successPattern is not a valid regular expression");
        if (!problem.isEmpty())
            return std::make_unique<StepTransaction>(QList<RequestStep>{}, nullptr,
                                                     resultsForAll(request, Outcome::Rejected, problem));

        QList<RequestStep> steps;
        QList<RecordResult> refused;
        const auto address = [](const std::optional<QHostAddress> &a) { return a ? a->toString() : QString(); };
        const auto addStep = [&](const QString &host, const std::optional<QHostAddress> &v4,
                                 const std::optional<QHostAddress> &v6, const QString &ip, const QString &ip6) {
            RequestStep step;
            step.records = request;
            step.records.hosts = {host};
            step.records.ipv4 = v4;
            step.records.ipv6 = v6;
            const QHash<QString, QString> values{
                {QStringLiteral("USERNAME"), request.username},
                {QStringLiteral("PASSWORD"), request.secret},
                {QStringLiteral("DOMAIN"), host},
                {kIp, ip},
                {kIp6, ip6},
            };
            step.http.url = QUrl(fillTemplate(tmpl, values), QUrl::StrictMode);
            // The engine applies allowInsecureHttp; only structure is checked here.
            if (const QString bad = urlProblem(step.http.url, true); !bad.isEmpty()) {
                refused += resultsForAll(step.records, Outcome::Rejected,
                                         QStringLiteral("The update URL %1").arg(bad));
                return;
            }
            steps.append(step);
        };

        for (const QString &host : request.hosts) {
            if (hasIp6) {
                std::optional<QHostAddress> v4 = request.ipv4;
                if (v4 && !hasIp) {
                    UpdateRequest one = request;
                    one.hosts = {host};
                    one.ipv6.reset();
                    refused += resultsForAll(one, Outcome::Rejected,
                                             QStringLiteral("The update URL has no [IP] placeholder, so the IPv4 "
                                                            "address cannot be sent"));
                    v4.reset();
                }
                if (v4 || request.ipv6)
                    addStep(host, v4, request.ipv6, address(v4), address(request.ipv6));
            } else {
                if (request.ipv4)
                    addStep(host, request.ipv4, std::nullopt, address(request.ipv4), QString());
                if (request.ipv6)
                    addStep(host, std::nullopt, request.ipv6, address(request.ipv6), QString());
            }
        }
        return std::make_unique<StepTransaction>(
            steps, [pattern](const RequestStep &step, const HttpReply &reply) { return parseReply(step, reply, pattern); },
            refused);
    }

private:
    ProviderInfo m_info;
};

} // namespace

namespace Providers {
void add_custom(ProviderList &list)
{
    list.push_back(std::make_unique<CustomProvider>());
}
} // namespace Providers

} // namespace Qddns
