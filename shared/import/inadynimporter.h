#pragma once

#include "import/profilebuilder.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace Qddns {

/// \brief Reads inadyn.conf (the v2 format, libconfuse syntax): global settings, then
/// `provider NAME { … }` and `custom NAME { … }` sections, and hands each section to the
/// ProfileBuilder.
class InadynImporter
{
public:
    explicit InadynImporter(ProfileBuilder &builder) : m_builder(builder) {}
    void run(const QByteArray &data);

    struct Token
    {
        enum class Kind { String, Open, Close, ParenOpen, ParenClose, Assign, Append, Comma, End };
        Kind kind = Kind::End;
        QString text;
        int line = 0;
    };
    struct Setting
    {
        QString name;
        QStringList values; ///< one for a plain value, several for a { list }
        bool list = false;
        int line = 0;
    };
    struct Section
    {
        QString kind;  ///< "provider" or "custom"
        QString title;
        int line = 0;
        QList<Setting> settings;
    };

private:
    bool tokenize(const QString &text);
    bool parse();
    bool parseSetting(qsizetype &i, QList<Setting> &into);
    void globalSetting(const Setting &s);
    void importSection(const Section &section);

    ProfileBuilder &m_builder;
    QList<Token> m_tokens;
    QList<Setting> m_globals;
    QList<Section> m_sections;
    bool m_allowIpv6 = false;
    QString m_iface;
};

} // namespace Qddns
