#include "config/jsonscanner.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace Qddns {

namespace {
// Deeper than any configuration; the limit keeps a hostile text from exhausting the stack.
constexpr int kMaxDepth = 200;

bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
bool isWordChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-' || c == '.'
        || c == '$' || c == '@' || uchar(c) >= 0x80;
}
bool startsValue(char c)
{
    return c == '"' || c == '{' || c == '[' || c == '-' || (c >= '0' && c <= '9') || c == 't' || c == 'f' || c == 'n';
}
QString join(const QString &path, const QString &key) { return path.isEmpty() ? key : path + QLatin1Char('.') + key; }
} // namespace

JsonScanner::JsonScanner(const QByteArray &text) : m_text(text)
{
    if (m_text.startsWith("\xEF\xBB\xBF"))
        m_pos = 3; // a UTF-8 byte order mark, as some editors write
    if (!skipSpace())
        return;
    if (!value(QString(), -1, 0) || !skipSpace())
        return;
    if (m_pos < m_text.size())
        failUnnamed(); // text after the document: the parser's message says it well enough
}

const JsonSpan *JsonScanner::find(const QString &path) const
{
    for (const JsonSpan &span : m_spans) {
        if (span.path == path)
            return &span;
    }
    return nullptr;
}

int JsonScanner::lineOf(qsizetype offset) const
{
    int line = 1;
    for (qsizetype i = 0; i < offset && i < m_text.size(); ++i)
        line += m_text.at(i) == '\n' ? 1 : 0;
    return line;
}

QString JsonScanner::lineColumn(qsizetype offset) const
{
    int line = 1, column = 1;
    for (qsizetype i = 0; i < offset && i < m_text.size(); ++i) {
        const char c = m_text.at(i);
        if (c == '\n') {
            ++line;
            column = 1;
        } else if ((uchar(c) & 0xC0) != 0x80) { // continuation bytes are part of the character before
            ++column;
        }
    }
    return QStringLiteral("line %1, column %2").arg(line).arg(column);
}

bool JsonScanner::fail(const QString &message)
{
    m_failed = true;
    m_syntaxError = ConfigError{QString(), message};
    return false;
}

bool JsonScanner::failUnnamed()
{
    m_failed = true;
    return false;
}

QString JsonScanner::wordAt(qsizetype offset) const
{
    qsizetype end = offset;
    while (end < m_text.size() && end - offset < 40 && isWordChar(m_text.at(end)))
        ++end;
    return QString::fromUtf8(m_text.mid(offset, end - offset));
}

bool JsonScanner::skipSpace()
{
    while (m_pos < m_text.size()) {
        const char c = m_text.at(m_pos);
        if (isSpace(c)) {
            ++m_pos;
            continue;
        }
        const char next = m_pos + 1 < m_text.size() ? m_text.at(m_pos + 1) : '\0';
        if (c == '#' || (c == '/' && (next == '/' || next == '*'))) {
            const QString kind = c == '#' ? QStringLiteral("#") : next == '/' ? QStringLiteral("//") : QStringLiteral("/* */");
            return fail(QStringLiteral("comments are not allowed in JSON (%1): remove the %2 comment, or keep the "
                                              "note in a \"name\" or a separate file").arg(lineColumn(m_pos), kind));
        }
        break;
    }
    return true;
}

bool JsonScanner::value(const QString &path, qsizetype keyBegin, int depth)
{
    if (depth > kMaxDepth || m_pos >= m_text.size())
        return failUnnamed();
    const qsizetype index = m_spans.size();
    m_spans.append({path, keyBegin, m_pos, m_pos});
    const char c = m_text.at(m_pos);
    bool ok = false;
    if (c == '{') {
        ok = object(path, depth);
    } else if (c == '[') {
        ok = array(path, depth);
    } else if (c == '"') {
        ok = string(nullptr);
    } else if (c == '\'') {
        qsizetype end = m_text.indexOf('\'', m_pos + 1);
        const qsizetype eol = m_text.indexOf('\n', m_pos);
        if (end < 0 || (eol >= 0 && end > eol) || end - m_pos > 60)
            end = m_pos;
        const QString inner = QString::fromUtf8(m_text.mid(m_pos + 1, std::max<qsizetype>(0, end - m_pos - 1)));
        return fail(QStringLiteral("strings need double quotes (%1)%2").arg(lineColumn(m_pos),
                               end > m_pos ? QStringLiteral(": write \"%1\", not '%1'").arg(inner) : QString()));
    } else if (c == '-' || (c >= '0' && c <= '9')) {
        // The parser judges the number itself; here it only has to end.
        const qsizetype start = m_pos;
        while (m_pos < m_text.size() && QByteArrayView("+-.0123456789eE").contains(m_text.at(m_pos)))
            ++m_pos;
        if (m_pos < m_text.size() && isWordChar(m_text.at(m_pos))) // 5m, 1h30m: a duration without quotes
            return fail(QStringLiteral("strings need double quotes (%1): write \"%2\"").arg(lineColumn(start), wordAt(start)));
        ok = true;
    } else {
        ok = literalOrWord();
    }
    if (!ok)
        return false;
    m_spans[index].end = m_pos;
    return true;
}

bool JsonScanner::literalOrWord()
{
    const QString word = wordAt(m_pos);
    if (word.isEmpty())
        return failUnnamed(); // a missing value: the parser's message names it
    if (word == QLatin1String("true") || word == QLatin1String("false") || word == QLatin1String("null")) {
        m_pos += word.size();
        return true;
    }
    const QString lower = word.toLower();
    if (lower == QLatin1String("true") || lower == QLatin1String("false") || lower == QLatin1String("null"))
        return fail(QStringLiteral("write %1 in lower case (%2)").arg(lower, lineColumn(m_pos)));
    return fail(QStringLiteral("strings need double quotes (%1): write \"%2\"").arg(lineColumn(m_pos), word));
}

bool JsonScanner::string(QString *decoded)
{
    const qsizetype start = m_pos;
    qsizetype i = m_pos + 1;
    bool escaped = false;
    while (i < m_text.size() && m_text.at(i) != '"') {
        if (m_text.at(i) == '\\') {
            escaped = true;
            ++i;
        }
        ++i;
    }
    if (i >= m_text.size())
        return failUnnamed();
    m_pos = i + 1;
    if (decoded) {
        const QByteArray raw = m_text.mid(start, m_pos - start);
        *decoded = escaped ? QJsonDocument::fromJson('[' + raw + ']').array().at(0).toString()
                           : QString::fromUtf8(raw.mid(1, raw.size() - 2));
    }
    return true;
}

bool JsonScanner::object(const QString &path, int depth)
{
    ++m_pos; // {
    QHash<QString, qsizetype> seen;
    qsizetype comma = -1;
    for (;;) {
        if (!skipSpace())
            return false;
        if (m_pos >= m_text.size())
            return failUnnamed();
        const char c = m_text.at(m_pos);
        if (c == '}') {
            if (comma >= 0)
                return fail(QStringLiteral("trailing comma (%1): JSON allows no comma after the last member of an object")
                                       .arg(lineColumn(comma)));
            ++m_pos;
            return true;
        }
        const qsizetype keyBegin = m_pos;
        QString key;
        if (c == '\'') {
            return value(path, -1, depth + 1); // reports the single quotes
        } else if (c == '"') {
            if (!string(&key))
                return false;
        } else if (isWordChar(c)) {
            return fail(QStringLiteral("keys need double quotes (%1): write \"%2\"").arg(lineColumn(m_pos), wordAt(m_pos)));
        } else {
            return failUnnamed();
        }
        if (!skipSpace())
            return false;
        if (m_pos >= m_text.size() || m_text.at(m_pos) != ':')
            return failUnnamed();
        ++m_pos;
        if (!skipSpace())
            return false;
        if (m_pos < m_text.size() && QByteArrayView(",}]").contains(m_text.at(m_pos)))
            return fail(QStringLiteral("\"%1\" has no value (%2)").arg(key, lineColumn(m_pos)));
        const QString memberPath = join(path, key);
        if (const auto it = seen.constFind(key); it != seen.constEnd())
            m_duplicates.append({memberPath, QStringLiteral("duplicate key \"%1\" (line %2; first on line %3): JSON keeps only "
                                                            "one of them, so remove or merge one")
                                                 .arg(key).arg(lineOf(keyBegin)).arg(lineOf(*it))});
        else
            seen.insert(key, keyBegin);
        if (!value(memberPath, keyBegin, depth + 1) || !skipSpace())
            return false;
        if (m_pos >= m_text.size())
            return failUnnamed();
        const char next = m_text.at(m_pos);
        if (next == ',') {
            comma = m_pos++;
            continue;
        }
        if (next == '}') {
            ++m_pos;
            return true;
        }
        if (next == '"')
            return fail(QStringLiteral("missing comma (%1): put a comma between the members of an object")
                                   .arg(lineColumn(m_pos)));
        return failUnnamed();
    }
}

bool JsonScanner::array(const QString &path, int depth)
{
    ++m_pos; // [
    qsizetype comma = -1;
    for (qsizetype i = 0;; ++i) {
        if (!skipSpace())
            return false;
        if (m_pos >= m_text.size())
            return failUnnamed();
        if (m_text.at(m_pos) == ']') {
            if (comma >= 0)
                return fail(QStringLiteral("trailing comma (%1): JSON allows no comma after the last element of a list")
                                       .arg(lineColumn(comma)));
            ++m_pos;
            return true;
        }
        if (!value(path + QStringLiteral("[%1]").arg(i), -1, depth + 1) || !skipSpace())
            return false;
        if (m_pos >= m_text.size())
            return failUnnamed();
        const char next = m_text.at(m_pos);
        if (next == ',') {
            comma = m_pos++;
            continue;
        }
        if (next == ']') {
            ++m_pos;
            return true;
        }
        if (startsValue(next) || next == '\'')
            return fail(QStringLiteral("missing comma (%1): put a comma between the elements of a list")
                                   .arg(lineColumn(m_pos)));
        return failUnnamed();
    }
}

} // namespace Qddns
