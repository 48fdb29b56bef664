#include "config/hooktemplate.h"

#include <QRegularExpression>

namespace Qddns {

namespace {
const QRegularExpression &placeholderPattern()
{
    // An identifier in braces; JSON's own braces ("{\"a\": 1}") never look like one.
    static const QRegularExpression re(QStringLiteral("\\{([A-Za-z][A-Za-z0-9]*)\\}"));
    return re;
}

QString percentEncode(const QString &value)
{
    return QString::fromLatin1(value.toUtf8().toPercentEncoding(QByteArrayLiteral(":@")));
}

QString jsonEscape(const QString &value)
{
    QString out;
    out.reserve(value.size() + 8);
    for (const QChar c : value) {
        switch (c.unicode()) {
        case '"': out += QLatin1String("\\\""); break;
        case '\\': out += QLatin1String("\\\\"); break;
        case '\n': out += QLatin1String("\\n"); break;
        case '\r': out += QLatin1String("\\r"); break;
        case '\t': out += QLatin1String("\\t"); break;
        case '\b': out += QLatin1String("\\b"); break;
        case '\f': out += QLatin1String("\\f"); break;
        default:
            if (c.unicode() < 0x20)
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    return out;
}

QString headerSafe(const QString &value)
{
    QString out = value;
    for (QChar &c : out) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            c = QLatin1Char(' ');
    }
    return out;
}
} // namespace

QStringList hookPlaceholders()
{
    return {QStringLiteral("event"),   QStringLiteral("profile"), QStringLiteral("host"),    QStringLiteral("family"),
            QStringLiteral("type"),    QStringLiteral("old"),     QStringLiteral("new"),     QStringLiteral("result"),
            QStringLiteral("code"),    QStringLiteral("message"), QStringLiteral("time"),    QStringLiteral("hook"),
            QStringLiteral("id"),      QString(kSecretPlaceholder)};
}

QStringList placeholdersIn(const QString &text)
{
    QStringList names;
    for (auto it = placeholderPattern().globalMatch(text); it.hasNext();)
        names.append(it.next().captured(1));
    return names;
}

QString escapeValue(const QString &value, TemplateContext context)
{
    switch (context) {
    case TemplateContext::Text: return value;
    case TemplateContext::Url: return percentEncode(value);
    case TemplateContext::Json: return jsonEscape(value);
    case TemplateContext::Header: return headerSafe(value);
    }
    return value;
}

QString renderTemplate(const QString &text, const QHash<QString, QString> &values, TemplateContext context)
{
    QString out;
    qsizetype pos = 0;
    for (auto it = placeholderPattern().globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(text).mid(pos, m.capturedStart() - pos);
        const auto value = values.constFind(m.captured(1));
        out += value == values.cend() ? m.captured(0) : escapeValue(*value, context);
        pos = m.capturedEnd();
    }
    out += QStringView(text).mid(pos);
    return out;
}

QString escapeLiteral(const QString &text, TemplateContext context)
{
    QString out;
    qsizetype pos = 0;
    for (auto it = placeholderPattern().globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out += escapeValue(text.mid(pos, m.capturedStart() - pos), context);
        out += m.captured(0);
        pos = m.capturedEnd();
    }
    out += escapeValue(text.mid(pos), context);
    return out;
}

QHash<QString, QString> samplePlaceholderValues()
{
    QHash<QString, QString> values;
    for (const QString &name : hookPlaceholders())
        values.insert(name, QStringLiteral("say \"hi\" \\ back\nnext line & more #1 a/b?c=d é"));
    return values;
}

} // namespace Qddns
