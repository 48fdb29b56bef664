// One vocabulary: the tray names every configuration key through shared/config/configkeys.h and every
// word of the socket (fields, results, outcomes, record codes, provider metadata...) through
// shared/ipc/protocol.h, so that a renamed key or word cannot leave a stale copy in gui/. This test
// reads both headers for their words and fails on a string literal in gui/ equal to one of them.
// Text for people (tr(), translate(), QT_TR_NOOP...) is exempt: "updated" may well be a translation
// source. What must stay a literal is allow-listed below with its reason; an allow-list entry that
// is no longer needed fails too. The scanner's own rows (scanner_data) show what is caught.

#include <QDirIterator>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

namespace {

struct Literal
{
    QString text;
    int line = 0;
};

// The words of a vocabulary header: every `QLatin1StringView Name{"word"}`, named by its namespace
// ("Field::Hosts") for the message that says what to use instead.
QHash<QString, QStringList> wordsOf(const QString &text)
{
    static const QRegularExpression token(
        QStringLiteral("namespace\\s+([\\w:]+)\\s*\\{|\\}\\s*//\\s*namespace|QLatin1StringView\\s+(\\w+)\\s*\\{\\s*\"([^\"]*)\"\\s*\\}"));
    QHash<QString, QStringList> words;
    QStringList namespaces;
    for (auto it = token.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        if (!m.captured(1).isEmpty())
            namespaces.append(m.captured(1));
        else if (m.captured(2).isEmpty() && !namespaces.isEmpty())
            namespaces.removeLast();
        else if (!m.captured(2).isEmpty())
            words[m.captured(3)].append((namespaces + QStringList{m.captured(2)}).join(QStringLiteral("::")).remove(QStringLiteral("Qddns::")));
    }
    return words;
}

// The string literals of C++ source that are not text for people, with their lines. Comments,
// character literals and raw strings are understood well enough for this code base.
QList<Literal> codeLiterals(const QString &source)
{
    static const QRegularExpression peopleText(QStringLiteral(
        "(?:\\btr|\\bQT_TR_NOOP|\\bQT_TR_N_NOOP)\\(\\s*$|"
        "(?:\\btranslate|\\bQT_TRANSLATE_NOOP|\\bQT_TRANSLATE_N_NOOP)\\(\\s*\"\"\\s*,\\s*$"));
    QList<Literal> literals;
    QString code; // what came before, literals emptied, comments dropped
    int line = 1;
    const qsizetype n = source.size();
    for (qsizetype i = 0; i < n;) {
        const QChar c = source.at(i);
        const QChar next = i + 1 < n ? source.at(i + 1) : QChar();
        if (c == QLatin1Char('\n')) {
            ++line;
            code += c;
            ++i;
        } else if (c == QLatin1Char('/') && next == QLatin1Char('/')) {
            while (i < n && source.at(i) != QLatin1Char('\n'))
                ++i;
        } else if (c == QLatin1Char('/') && next == QLatin1Char('*')) {
            const qsizetype end = source.indexOf(QStringLiteral("*/"), i + 2);
            const qsizetype stop = end < 0 ? n : end + 2;
            line += int(QStringView(source).mid(i, stop - i).count(QLatin1Char('\n')));
            i = stop;
        } else if (c == QLatin1Char('\'')) {
            qsizetype j = i + 1;
            while (j < n && source.at(j) != QLatin1Char('\'') && source.at(j) != QLatin1Char('\n'))
                j += source.at(j) == QLatin1Char('\\') ? 2 : 1;
            code += QStringLiteral("' '");
            i = j + 1;
        } else if (c == QLatin1Char('R') && next == QLatin1Char('"')
                   && (i == 0 || !(source.at(i - 1).isLetterOrNumber() || source.at(i - 1) == QLatin1Char('_')))) {
            const qsizetype open = source.indexOf(QLatin1Char('('), i + 2);
            const QString delimiter = QLatin1Char(')') + source.mid(i + 2, open - i - 2) + QLatin1Char('"');
            const qsizetype end = source.indexOf(delimiter, open);
            const qsizetype stop = end < 0 ? n : end + delimiter.size();
            literals.append({source.mid(open + 1, end - open - 1), line});
            line += int(QStringView(source).mid(i, stop - i).count(QLatin1Char('\n')));
            code += QStringLiteral("\"\"");
            i = stop;
        } else if (c == QLatin1Char('"')) {
            QString text;
            qsizetype j = i + 1;
            while (j < n && source.at(j) != QLatin1Char('"') && source.at(j) != QLatin1Char('\n')) {
                if (source.at(j) == QLatin1Char('\\') && j + 1 < n) {
                    text += source.at(j + 1);
                    j += 2;
                } else {
                    text += source.at(j++);
                }
            }
            // Only the statement so far decides whether this is people text.
            const QString before = code.right(200);
            if (!peopleText.match(before).hasMatch())
                literals.append({text, line});
            code += QStringLiteral("\"\"");
            i = j + 1;
        } else {
            code += c;
            ++i;
        }
    }
    return literals;
}

// Literals of gui/ that must stay as they are, each with its reason.
const QHash<QString, QSet<QString>> &allowList()
{
    static const QHash<QString, QSet<QString>> list{
        // The tray icons' resource files are named after the state they show.
        {QStringLiteral("gui/tray/trayicons.cpp"),
         {QStringLiteral("current"), QStringLiteral("warning"), QStringLiteral("error"), QStringLiteral("paused")}},
        // qddns's own command-line option --agent (the program to start), not the socket's word.
        {QStringLiteral("gui/main.cpp"), {QStringLiteral("agent")}},
        // The server field's kind, as the agent names option kinds ("string", "url"...), which
        // have no constants: not the web detector's key "url".
        {QStringLiteral("gui/settings/profileeditormodel.cpp"), {QStringLiteral("url")}},
        // The detector type "interface", which has no constant: not a web detector's key "interface".
        {QStringLiteral("gui/settings/detectorlistmodel.cpp"), {QStringLiteral("interface")}},
        {QStringLiteral("gui/settings/globalsettingswidget.cpp"), {QStringLiteral("interface")}},
    };
    return list;
}

QString read(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

QHash<QString, QStringList> vocabulary()
{
    const QString root = QStringLiteral(QDDNS_SOURCE_DIR "/");
    QHash<QString, QStringList> words = wordsOf(read(root + QStringLiteral("shared/config/configkeys.h")));
    const QHash<QString, QStringList> wire = wordsOf(read(root + QStringLiteral("shared/ipc/protocol.h")));
    for (auto it = wire.cbegin(); it != wire.cend(); ++it)
        words[it.key()] += it.value();
    return words;
}

} // namespace

class TstGuiVocabulary : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void headersAreRead();
    void scanner_data();
    void scanner();
    void guiUsesTheConstants();
};

void TstGuiVocabulary::headersAreRead()
{
    const QHash<QString, QStringList> words = vocabulary();
    QVERIFY2(words.size() > 100, qPrintable(QString::number(words.size())));
    QVERIFY(words.value(QStringLiteral("hosts")).contains(QStringLiteral("ConfigKey::Hosts")));
    QVERIFY(words.value(QStringLiteral("hosts")).contains(QStringLiteral("Ipc::Field::Hosts")));
    QVERIFY(words.value(QStringLiteral("auth-failed")).contains(QStringLiteral("Ipc::RecordCode::AuthFailed")));
    QVERIFY(words.value(QStringLiteral("ipv6Suffix")).contains(QStringLiteral("ConfigKey::Ipv6Suffix")));
    QVERIFY(words.value(QStringLiteral("credentials")).contains(QStringLiteral("Ipc::ProviderField::Credentials")));
    QVERIFY(words.value(QStringLiteral("dns-hosting")).contains(QStringLiteral("Ipc::ProviderCategoryWord::DnsHosting")));
}

void TstGuiVocabulary::scanner_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QStringList>("found");

    QTest::newRow("a key in QStringLiteral") << "m.value(QStringLiteral(\"hosts\"));" << QStringList{"hosts"};
    QTest::newRow("a word in QLatin1String") << "if (r == QLatin1String(\"held\")) {}" << QStringList{"held"};
    QTest::newRow("a bare literal") << "const char *code = \"auth-failed\";" << QStringList{"auth-failed"};
    QTest::newRow("a table of codes") << "{\"retry\", QT_TRANSLATE_NOOP(\"Ctx\", \"retry\")}," << QStringList{"retry", "Ctx"};
    QTest::newRow("tr() is people text") << "tr(\"updated\")" << QStringList{};
    QTest::newRow("translate() is people text") << "QCoreApplication::translate(\"Ctx\", \"updated\")" << QStringList{"Ctx"};
    QTest::newRow("over two lines") << "translate(\"Ctx\",\n    \"held\")" << QStringList{"Ctx"};
    QTest::newRow("comments are not code") << "// \"hosts\"\n/* \"secret\" */ x;" << QStringList{};
    QTest::newRow("a URL is no comment") << "u(\"https://x\"); v(\"name\");" << QStringList{"https://x", "name"};
    QTest::newRow("escapes") << "s(\"a\\\"b\"); c('\"'); d(\"type\");" << QStringList{"a\"b", "type"};
    QTest::newRow("raw string") << "R\"(secret)\"" << QStringList{"secret"};
}

void TstGuiVocabulary::scanner()
{
    QFETCH(QString, source);
    QFETCH(QStringList, found);
    QStringList texts;
    for (const Literal &l : codeLiterals(source))
        texts.append(l.text);
    QCOMPARE(texts, found);
}

void TstGuiVocabulary::guiUsesTheConstants()
{
    const QHash<QString, QStringList> words = vocabulary();
    QStringList problems;
    QHash<QString, QSet<QString>> unused = allowList();
    QDirIterator it(QStringLiteral(QDDNS_SOURCE_DIR "/gui"), {"*.h", "*.cpp"}, QDir::Files, QDirIterator::Subdirectories);
    int files = 0;
    while (it.hasNext()) {
        const QString path = it.next();
        const QString file = path.mid(qsizetype(sizeof(QDDNS_SOURCE_DIR)));
        ++files;
        for (const Literal &literal : codeLiterals(read(path))) {
            if (!words.contains(literal.text))
                continue;
            if (allowList().value(file).contains(literal.text)) {
                unused[file].remove(literal.text);
                continue;
            }
            problems.append(QStringLiteral("%1:%2: \"%3\": use %4").arg(file).arg(literal.line).arg(literal.text,
                                                                                              words.value(literal.text).join(QStringLiteral(" or "))));
        }
    }
    QVERIFY2(files > 50, qPrintable(QString::number(files)));
    for (auto u = unused.cbegin(); u != unused.cend(); ++u) {
        for (const QString &word : u.value())
            problems.append(QStringLiteral("%1: \"%2\" is allow-listed but no longer used there: remove it from the list").arg(u.key(), word));
    }
    for (const QString &problem : std::as_const(problems))
        qWarning().noquote() << problem; // QVERIFY2 cuts a long message short
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1 literal(s), listed above").arg(problems.size())));
}

QTEST_GUILESS_MAIN(TstGuiVocabulary)
#include "tst_guivocabulary.moc"
