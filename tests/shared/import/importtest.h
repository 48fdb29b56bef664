#pragma once

// Helpers shared by the importer tests: the sample files, the providers of this build, and the
// checks every import must pass (a valid configuration, no secret anywhere it does not belong).

#include "config/config.h"
#include "import/importer.h"
#include "providers/providerregistry.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QUrl>

namespace ImportTest {

inline QString dataPath(const QString &relative)
{
    return QDir::cleanPath(QStringLiteral(QDDNS_TEST_DATA "/import/") + relative);
}

inline QByteArray readData(const QString &relative)
{
    QFile file(dataPath(relative));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    return file.readAll();
}

inline const Qddns::ProviderRegistry &registry()
{
    static const Qddns::ProviderRegistry r;
    return r;
}

/// The providers of this build, as `qddns-agent providers --json` prints them, and their own checks.
inline Qddns::ImportOptions options(Qddns::ImportOptions::SecretTarget target = Qddns::ImportOptions::SecretTarget::Keychain)
{
    Qddns::ImportOptions o;
    o.providers = registry().describe();
    o.checkProfile = [](const QString &provider, const QJsonObject &profile, const QString &path) {
        return registry().validateProfile(provider, profile, path);
    };
    o.secrets = target;
    if (target == Qddns::ImportOptions::SecretTarget::File)
        o.secretDirectory = QStringLiteral("~/.config/qddns/secrets");
    return o;
}

inline Qddns::ImportResult import(Qddns::ImportTool tool, const QByteArray &data,
                                  const Qddns::ImportOptions &o = options())
{
    return Qddns::importConfig(tool, data, o);
}

inline QByteArray configText(const Qddns::ImportResult &r)
{
    return QJsonDocument(r.config).toJson(QJsonDocument::Indented);
}

/// Errors of qddns's own validation (check-config's), empty when the configuration is valid.
inline QStringList validationErrors(const Qddns::ImportResult &r)
{
    const auto parsed = Qddns::parseConfig(configText(r), registry());
    QStringList errors;
    if (!parsed) {
        for (const Qddns::ConfigError &e : parsed.error())
            errors.append(e.toString());
    }
    return errors;
}

// A host is a name, or an object with its name and IPv6 suffix.
inline QString hostName(const QJsonValue &host)
{
    return host.isObject() ? host.toObject().value(QLatin1String("name")).toString() : host.toString();
}

inline QStringList hostsOf(const QJsonObject &profile)
{
    QStringList hosts;
    for (const QJsonValue &h : profile.value(QLatin1String("hosts")).toArray())
        hosts.append(hostName(h));
    return hosts;
}

inline QJsonObject profileWithHost(const Qddns::ImportResult &r, const QString &host)
{
    for (const QJsonValue &p : r.config.value(QLatin1String("profiles")).toArray()) {
        if (hostsOf(p.toObject()).contains(host))
            return p.toObject();
    }
    return {};
}

inline QString secretOf(const Qddns::ImportResult &r, const QString &profile, const QString &field = QStringLiteral("secret"))
{
    for (const Qddns::ImportedSecret &s : r.secrets) {
        if (s.profile == profile && s.field == field)
            return s.value;
    }
    return {};
}

/// The note about \a option on \a line, or an empty one.
inline Qddns::Unsupported noteAt(const Qddns::ImportResult &r, const QString &option, int line)
{
    for (const Qddns::Unsupported &n : r.notes) {
        if (n.option == option && n.line == line)
            return n;
    }
    return {};
}

inline Qddns::Mapped explanationAt(const Qddns::ImportResult &r, const QString &option, int line)
{
    for (const Qddns::Mapped &m : r.explanations) {
        if (m.option == option && m.line == line)
            return m;
    }
    return {};
}

/// Every text an import produces that a user or a log could see, besides the secrets themselves.
inline QString visibleText(const Qddns::ImportResult &r)
{
    QString text = QString::fromUtf8(configText(r));
    for (const Qddns::Unsupported &n : r.notes)
        text += QLatin1Char('\n') + n.toString();
    for (const Qddns::Mapped &m : r.explanations)
        text += QLatin1Char('\n') + m.toString();
    text += QLatin1Char('\n') + r.profilesNeedingSecret.join(QLatin1Char(' '));
    if (r.error)
        text += QLatin1Char('\n') + r.error->toString();
    return text;
}

/// Where \a secret shows in \a text, raw, URL-encoded or base64 (as in a Basic header), or empty.
inline QString leakOf(const QString &text, const QString &secret)
{
    const QByteArray utf8 = secret.toUtf8();
    const QStringList forms{secret, QString::fromLatin1(QUrl::toPercentEncoding(secret)),
                            QString::fromLatin1(utf8.toBase64()),
                            QString::fromLatin1(utf8.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals))};
    for (const QString &form : forms) {
        if (text.contains(form))
            return form;
    }
    return {};
}

inline void printResult(const Qddns::ImportResult &r)
{
    qInfo().noquote() << configText(r);
    for (const Qddns::Unsupported &n : r.notes)
        qInfo().noquote() << "note:" << n.toString();
    for (const Qddns::Mapped &m : r.explanations)
        qInfo().noquote() << "mapped:" << m.toString();
    if (r.error)
        qInfo().noquote() << "error:" << r.error->toString();
}

} // namespace ImportTest
