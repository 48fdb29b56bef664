#pragma once

#include "import/profilebuilder.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QString>

namespace Qddns {

/// \brief Reads ddns-updater's config.json: a "settings" list of objects with "provider",
/// "domain" (or the older "domain" plus "host"/"owner"), "ip_version" and each provider's own
/// credential keys, and hands each setting to the ProfileBuilder.
class DdnsUpdaterImporter
{
public:
    explicit DdnsUpdaterImporter(ProfileBuilder &builder) : m_builder(builder) {}
    void run(const QByteArray &data);

    /// \brief The line of every member and element, by path ("settings[2].token").
    static QHash<QString, int> jsonLines(const QByteArray &json);

private:
    void importSetting(const QJsonObject &setting, const QString &path);
    void mapSuffix(ProfileDraft &draft, const SourceValue &value, const QString &key);
    int lineOf(const QString &path) const { return m_lines.value(path, 0); }

    ProfileBuilder &m_builder;
    QHash<QString, int> m_lines;
};

} // namespace Qddns
