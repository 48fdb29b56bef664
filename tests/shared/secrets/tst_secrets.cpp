#include "secrets/secretstore.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QTemporaryDir>
#include "fakes/process.h"

#include <QTest>

#include <optional>

#include <unistd.h>

using namespace Qddns;
using namespace Qddns::Test;

namespace {

// The keychain tests need the Secret Service that scripts/run-tests starts; without one they
// fail (CI always has it), so a missing keyring is never mistaken for a pass.
#define REQUIRE_SECRET_SERVICE()                                                                         \
    do {                                                                                                 \
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))                                     \
            QFAIL("no D-Bus session (DBUS_SESSION_BUS_ADDRESS is unset), so no Secret Service: run the " \
                  "tests through scripts/run-tests, which starts a private unlocked gnome-keyring");      \
        if (QStandardPaths::findExecutable("secret-tool").isEmpty())                                    \
            QFAIL("secret-tool is missing: install libsecret-tools (scripts/install-deps test)");       \
    } while (false)

// What the Secret Service holds for a qddns profile, as QtKeychain's libsecret schema stores it:
// attributes server = service ("qddns"), user = key (the profile name).
std::optional<QByteArray> lookup(const QString &profile)
{
    const ProcessRun r = runProgram("secret-tool", {"lookup", "server", QString(kKeychainService), "user", profile});
    if (r.exitCode != 0)
        return std::nullopt;
    return r.out;
}

Profile profileWith(const QString &name, const SecretRef &ref)
{
    Profile p;
    p.name = name;
    p.secret = ref;
    return p;
}

SecretRef fileRef(const QString &path)
{
    SecretRef ref;
    ref.source = SecretRef::Source::File;
    ref.path = path;
    return ref;
}

SecretRef namedRef(SecretRef::Source source, const QString &name)
{
    SecretRef ref;
    ref.source = source;
    ref.name = name;
    return ref;
}

struct Answer
{
    int calls = 0;
    std::optional<SecretResult> result;
    bool synchronous = false;
};

QString valueOf(const Answer &a)
{
    return a.result && *a.result ? a.result->value() : QString();
}

bool succeeded(const Answer &a)
{
    return a.calls == 1 && a.result && *a.result;
}

QString errorOf(const Answer &a)
{
    return a.result && !*a.result ? a.result->error() : QString();
}

// Secrets the tests store: none must ever show up in argv or in the CLI's output.
const QString kRoundTrip = "rt-5ecret-Ä€-\"quoted\" $HOME; `x`";
const QString kCliSecret = "cli-5ecret-home-42";
const QString kCliSecret2 = "cli-5ecret-home-43 with spaces";

} // namespace

class TstSecrets : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();

    void keychainRoundTrip();
    void keychainOverwrite();
    void keychainDeletedSecretNamesTheCommand();

    void cliSetAndDelete();
    void cliKeepsOnlyTheFirstLine();
    void cliReadsInputArrivingInPieces();
    void cliRefusesEmptyInput_data();
    void cliRefusesEmptyInput();
    void cliRefusesSecretInArguments();

    void fileSource_data();
    void fileSource();
    void fileMissingNamesThePath();
    void fileOfAnotherUserRefused();

    void envSource();
    void systemdCredential();
    void systemdCredentialWithoutDirectory();

    void namedCredentialsEachFromTheirSource();
    void cliStoresANamedCredential();

private:
    Answer wait(const std::function<void(QObject *, SecretCallback)> &call);
    Answer read(const Profile &profile);
    Answer write(const QString &profile, const QString &secret);
    Answer remove(const QString &profile);
    ProcessRun cli(const QStringList &args, const QByteArray &input);
    bool writeFile(const QString &path, const QByteArray &content, QFile::Permissions permissions);
    void refuseToClobber(const QString &profile);

    SystemSecretStore m_store;
    QTemporaryDir m_tmp;
    QStringList m_profilesToDelete;
};

void TstSecrets::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    QVERIFY2(QFile::exists(QDDNS_AGENT_BINARY), QDDNS_AGENT_BINARY);
}

void TstSecrets::cleanup()
{
    for (const QString &profile : std::as_const(m_profilesToDelete))
        remove(profile);
    m_profilesToDelete.clear();
    qunsetenv("QDDNS_TST_SECRET");
    qunsetenv("CREDENTIALS_DIRECTORY");
}

Answer TstSecrets::wait(const std::function<void(QObject *, SecretCallback)> &call)
{
    auto answer = std::make_shared<Answer>();
    auto returned = std::make_shared<bool>(false);
    call(this, [answer, returned](const SecretResult &r) {
        ++answer->calls;
        answer->result = r;
        answer->synchronous = !*returned;
    });
    *returned = true;
    const QDeadlineTimer deadline(15000);
    while (answer->calls == 0 && !deadline.hasExpired())
        QTest::qWait(5);
    QTest::qWait(20); // a second answer would land here
    return *answer;
}

Answer TstSecrets::read(const Profile &profile)
{
    return wait([&](QObject *context, SecretCallback done) { m_store.read(profile.secret, profile.name, QString(kPrimaryCredential), context, std::move(done)); });
}

Answer TstSecrets::write(const QString &profile, const QString &secret)
{
    return wait([&](QObject *context, SecretCallback done) { m_store.writeKeychain(profile, secret, context, std::move(done)); });
}

Answer TstSecrets::remove(const QString &profile)
{
    return wait([&](QObject *context, SecretCallback done) { m_store.deleteKeychain(profile, context, std::move(done)); });
}

ProcessRun TstSecrets::cli(const QStringList &args, const QByteArray &input)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // No configuration file: the CLI runs on built-in defaults and only notes the unknown profile.
    env.insert("XDG_CONFIG_HOME", m_tmp.filePath("config-home"));
    return runProgram(QDDNS_AGENT_BINARY, args, env, input);
}

bool TstSecrets::writeFile(const QString &path, const QByteArray &content, QFile::Permissions permissions)
{
    QFile::remove(path);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        return false;
    file.close();
    return file.setPermissions(permissions);
}

// Run outside scripts/run-tests, the tests would talk to the user's own keyring: never overwrite
// a secret the test did not store itself.
void TstSecrets::refuseToClobber(const QString &profile)
{
    if (lookup(profile))
        QFAIL(qPrintable(QStringLiteral("this keyring already holds a qddns secret for profile \"%1\"; refusing to "
                                        "overwrite it: run the tests through scripts/run-tests (private keyring)")
                             .arg(profile)));
    m_profilesToDelete.append(profile);
}

void TstSecrets::keychainRoundTrip()
{
    REQUIRE_SECRET_SERVICE();
    const QString name = "qddns-test-roundtrip";
    refuseToClobber(name);
    if (QTest::currentTestFailed())
        return;

    const Answer written = write(name, kRoundTrip);
    QCOMPARE(written.calls, 1);
    QVERIFY2(written.result && *written.result, qPrintable(errorOf(written)));
    QVERIFY(!written.synchronous);

    // Really in the Secret Service, under QtKeychain's schema and the documented attributes.
    const std::optional<QByteArray> stored = lookup(name);
    QVERIFY2(stored, "secret-tool lookup server qddns user qddns-test-roundtrip found nothing");
    QCOMPARE(QString::fromUtf8(*stored), kRoundTrip);
    const ProcessRun search = runProgram("secret-tool", {"search", "--all", "server", "qddns", "user", name});
    QCOMPARE(search.exitCode, 0);
    const QByteArray listing = search.out + search.err;
    QVERIFY2(listing.contains("attribute.server = qddns"), listing.constData());
    QVERIFY2(listing.contains("attribute.user = qddns-test-roundtrip"), listing.constData());
    QVERIFY2(listing.contains("schema = org.qt.keychain"), listing.constData());

    SecretRef keychain;
    keychain.source = SecretRef::Source::Keychain;
    const Answer got = read(profileWith(name, keychain));
    QCOMPARE(got.calls, 1);
    QVERIFY(!got.synchronous);
    QVERIFY2(got.result && *got.result, qPrintable(errorOf(got)));
    QCOMPARE(valueOf(got), kRoundTrip);

    // The key is the profile name: another profile does not see it.
    const Answer other = read(profileWith("qddns-test-roundtrip-other", keychain));
    QVERIFY2(errorOf(other).contains("qddns-agent secret set qddns-test-roundtrip-other"), qPrintable(errorOf(other)));
}

void TstSecrets::keychainOverwrite()
{
    REQUIRE_SECRET_SERVICE();
    const QString name = "qddns-test-overwrite";
    refuseToClobber(name);
    if (QTest::currentTestFailed())
        return;

    QVERIFY(succeeded(write(name, "first-5ecret")));
    QVERIFY(succeeded(write(name, "second-5ecret")));
    SecretRef keychain;
    const Answer got = read(profileWith(name, keychain));
    QCOMPARE(valueOf(got), QString("second-5ecret"));
    // One entry, not two.
    const ProcessRun search = runProgram("secret-tool", {"search", "--all", "server", "qddns", "user", name});
    QCOMPARE((search.out + search.err).count("attribute.user = qddns-test-overwrite"), 1);
}

void TstSecrets::keychainDeletedSecretNamesTheCommand()
{
    REQUIRE_SECRET_SERVICE();
    const QString name = "qddns-test-deleted";
    refuseToClobber(name);
    if (QTest::currentTestFailed())
        return;

    QVERIFY(succeeded(write(name, "doomed-5ecret")));
    QVERIFY(lookup(name));
    const Answer deleted = remove(name);
    QCOMPARE(deleted.calls, 1);
    QVERIFY2(deleted.result && *deleted.result, qPrintable(errorOf(deleted)));
    QVERIFY2(!lookup(name), "still in the Secret Service after deleteKeychain");

    SecretRef keychain;
    const Answer got = read(profileWith(name, keychain));
    QCOMPARE(got.calls, 1);
    QVERIFY(got.result && !*got.result);
    QVERIFY2(errorOf(got).contains("no secret stored in the keychain"), qPrintable(errorOf(got)));
    QVERIFY2(errorOf(got).contains("qddns-agent secret set qddns-test-deleted"), qPrintable(errorOf(got)));
}

void TstSecrets::cliSetAndDelete()
{
    REQUIRE_SECRET_SERVICE();
    refuseToClobber("home");
    if (QTest::currentTestFailed())
        return;

    const QStringList setArgs{"secret", "set", "home"};
    QVERIFY(!setArgs.join(' ').contains(kCliSecret)); // the secret travels on stdin only
    const ProcessRun set = cli(setArgs, kCliSecret.toUtf8() + '\n');
    QVERIFY2(set.exitCode == 0, set.err.constData());
    QVERIFY2(set.err.contains("the secret of profile \"home\" is stored in the keychain"), set.err.constData());
    QVERIFY2(!set.out.contains(kCliSecret.toUtf8()) && !set.err.contains(kCliSecret.toUtf8()), set.out + set.err);
    // stdin was a pipe: no prompt meant for a terminal.
    QVERIFY2(!set.err.contains("input hidden"), set.err.constData());

    const std::optional<QByteArray> stored = lookup("home");
    QVERIFY2(stored, "secret-tool finds no secret for profile home");
    QCOMPARE(*stored, kCliSecret.toUtf8()); // trailing newline stripped

    // The agent's own reader finds what the CLI stored.
    SecretRef keychain;
    QCOMPARE(valueOf(read(profileWith("home", keychain))), kCliSecret);

    // Setting again replaces it.
    const ProcessRun again = cli(setArgs, kCliSecret2.toUtf8());
    QVERIFY2(again.exitCode == 0, again.err.constData());
    QCOMPARE(lookup("home").value_or(QByteArray()), kCliSecret2.toUtf8());
    QVERIFY(!again.err.contains(kCliSecret2.toUtf8()));

    const ProcessRun del = cli({"secret", "delete", "home"}, {});
    QVERIFY2(del.exitCode == 0, del.err.constData());
    QVERIFY2(del.err.contains("the secret of profile \"home\" was deleted from the keychain"), del.err.constData());
    QVERIFY2(!del.out.contains(kCliSecret2.toUtf8()) && !del.err.contains(kCliSecret2.toUtf8()), del.out + del.err);
    QVERIFY2(!lookup("home"), "secret-tool still finds the secret of profile home");
    QVERIFY2(errorOf(read(profileWith("home", keychain))).contains("qddns-agent secret set home"), "read after delete");

    // Deleting what is not there is said plainly, not reported as done.
    const ProcessRun again2 = cli({"secret", "delete", "home"}, {});
    QCOMPARE(again2.exitCode, 1);
    QVERIFY2(again2.err.contains("no secret is stored in the keychain; nothing to delete"), again2.err.constData());
}

void TstSecrets::cliKeepsOnlyTheFirstLine()
{
    REQUIRE_SECRET_SERVICE();
    refuseToClobber("home");
    if (QTest::currentTestFailed())
        return;

    const ProcessRun set = cli({"secret", "set", "home"}, "first-line-5ecret\r\nsecond line\n");
    QVERIFY2(set.exitCode == 0, set.err.constData());
    QCOMPARE(lookup("home").value_or(QByteArray()), QByteArray("first-line-5ecret"));
    QVERIFY(!set.err.contains("first-line-5ecret") && !set.err.contains("second line"));
}

void TstSecrets::cliReadsInputArrivingInPieces()
{
    REQUIRE_SECRET_SERVICE();
    refuseToClobber("home");
    if (QTest::currentTestFailed())
        return;

    // A pipe delivers what the writer has written so far: a secret sent in two writes
    // (ssh, a slow password manager) must still be read up to its newline.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("XDG_CONFIG_HOME", m_tmp.filePath("config-home"));
    QProcess process;
    process.setProcessEnvironment(env);
    process.setReadChannel(QProcess::StandardError);
    process.start(QDDNS_AGENT_BINARY, {"secret", "set", "home"});
    QVERIFY(process.waitForStarted(10000));
    // The CLI notes the unconfigured profile just before it reads stdin.
    QTRY_VERIFY_WITH_TIMEOUT(process.peek(4096).contains("no profile named") || process.state() == QProcess::NotRunning, 10000);
    process.write("piece-one-");
    process.waitForBytesWritten(1000);
    QTest::qWait(500);
    process.write("piece-two\n");
    process.closeWriteChannel();
    QTRY_COMPARE_WITH_TIMEOUT(process.state(), QProcess::NotRunning, 30000); // it may already have ended
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);

    QCOMPARE(lookup("home").value_or(QByteArray()), QByteArray("piece-one-piece-two"));
}

void TstSecrets::cliRefusesEmptyInput_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::newRow("nothing") << QByteArray();
    QTest::newRow("just a newline") << QByteArray("\n");
    QTest::newRow("empty first line") << QByteArray("\nsecond-line-5ecret\n");
}

void TstSecrets::cliRefusesEmptyInput()
{
    QFETCH(QByteArray, input);
    REQUIRE_SECRET_SERVICE();
    refuseToClobber("home");
    if (QTest::currentTestFailed())
        return;

    const ProcessRun set = cli({"secret", "set", "home"}, input);
    QVERIFY2(set.exitCode != 0 && set.exitCode != -1, qPrintable(QString::number(set.exitCode)));
    QVERIFY2(set.err.contains("no secret on standard input; nothing stored"), set.err.constData());
    QVERIFY2(!lookup("home"), "an empty secret was stored");
}

void TstSecrets::cliRefusesSecretInArguments()
{
    REQUIRE_SECRET_SERVICE();
    refuseToClobber("home");
    if (QTest::currentTestFailed())
        return;

    // A secret on the command line would be visible in ps and shell history: there is no such form.
    const ProcessRun set = cli({"secret", "set", "home", kCliSecret}, {});
    QCOMPARE(set.exitCode, 2);
    QVERIFY2(set.err.contains("usage: qddns-agent secret set|delete PROFILE"), set.err.constData());
    QVERIFY(!set.err.contains(kCliSecret.toUtf8()) && !set.out.contains(kCliSecret.toUtf8()));
    QVERIFY2(!lookup("home"), "a secret given in argv was stored");
}

void TstSecrets::fileSource_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("mode");
    QTest::addColumn<QString>("expected"); // null: refused
    QTest::addColumn<QString>("errorPart");

    QTest::newRow("0600 with newline") << QByteArray("file-5ecret\n") << 0600 << "file-5ecret" << "";
    QTest::newRow("0600 without newline") << QByteArray("file-5ecret") << 0600 << "file-5ecret" << "";
    QTest::newRow("only one newline stripped") << QByteArray("file-5ecret\n\n") << 0600 << "file-5ecret\n" << "";
    QTest::newRow("crlf stripped") << QByteArray("file-5ecret\r\n") << 0600 << "file-5ecret" << "";
    QTest::newRow("blanks kept") << QByteArray(" file 5ecret \n") << 0600 << " file 5ecret " << "";
    QTest::newRow("utf-8") << QByteArray("p\xc3\xa4ss\xe2\x82\xac\n") << 0600 << "päss€" << "";
    QTest::newRow("0400") << QByteArray("file-5ecret\n") << 0400 << "file-5ecret" << "";
    QTest::newRow("0644 refused") << QByteArray("file-5ecret\n") << 0644 << QString() << "chmod 600";
    QTest::newRow("0660 refused") << QByteArray("file-5ecret\n") << 0660 << QString() << "readable or writable by others";
    QTest::newRow("0640 refused") << QByteArray("file-5ecret\n") << 0640 << QString() << "chmod 600";
    QTest::newRow("0604 refused") << QByteArray("file-5ecret\n") << 0604 << QString() << "chmod 600";
    QTest::newRow("0602 refused") << QByteArray("file-5ecret\n") << 0602 << QString() << "chmod 600";
    QTest::newRow("0610 refused") << QByteArray("file-5ecret\n") << 0610 << QString() << "chmod 600";
    QTest::newRow("empty") << QByteArray() << 0600 << QString() << "is empty";
    QTest::newRow("just a newline") << QByteArray("\n") << 0600 << QString() << "is empty";
}

void TstSecrets::fileSource()
{
    QFETCH(QByteArray, content);
    QFETCH(int, mode);
    QFETCH(QString, expected);
    QFETCH(QString, errorPart);

    const QString path = m_tmp.filePath("home.secret");
    QVERIFY(writeFile(path, content, QFile::ReadOwner | QFile::WriteOwner));
    // Exact mode bits, as chmod would set them (Qt's setPermissions works through the owner/group/other bits too).
    QFile::Permissions permissions;
    const QList<std::pair<int, QFile::Permission>> bits{
        {0400, QFile::ReadOwner}, {0200, QFile::WriteOwner}, {0100, QFile::ExeOwner},
        {0040, QFile::ReadGroup}, {0020, QFile::WriteGroup}, {0010, QFile::ExeGroup},
        {0004, QFile::ReadOther}, {0002, QFile::WriteOther}, {0001, QFile::ExeOther}};
    for (const auto &[bit, permission] : bits) {
        if (mode & bit)
            permissions |= permission;
    }
    QVERIFY(QFile::setPermissions(path, permissions));

    const Answer got = read(profileWith("home", fileRef(path)));
    QCOMPARE(got.calls, 1);
    QVERIFY(!got.synchronous);
    if (expected.isNull()) {
        QVERIFY2(got.result && !*got.result, qPrintable(valueOf(got)));
        QVERIFY2(errorOf(got).contains(errorPart), qPrintable(errorOf(got)));
        QVERIFY2(errorOf(got).contains(path), qPrintable(errorOf(got)));
        QVERIFY(!errorOf(got).contains("file-5ecret"));
        if (errorPart == "chmod 600")
            QVERIFY2(errorOf(got).contains("chmod 600 " + path), qPrintable(errorOf(got)));
    } else {
        QVERIFY2(got.result && *got.result, qPrintable(errorOf(got)));
        QCOMPARE(valueOf(got), expected);
    }
}

void TstSecrets::fileMissingNamesThePath()
{
    const QString path = m_tmp.filePath("nowhere/home.secret");
    const Answer got = read(profileWith("home", fileRef(path)));
    QCOMPARE(got.calls, 1);
    QVERIFY2(errorOf(got).contains("secret file " + path + " does not exist"), qPrintable(errorOf(got)));
}

void TstSecrets::fileOfAnotherUserRefused()
{
    if (::geteuid() != 0)
        QSKIP("needs root to give a file to another user");
    const QString path = m_tmp.filePath("foreign.secret");
    QVERIFY(writeFile(path, "foreign-5ecret\n", QFile::ReadOwner | QFile::WriteOwner));
    QVERIFY(::chown(QFile::encodeName(path).constData(), 65534, 65534) == 0); // nobody
    const Answer got = read(profileWith("home", fileRef(path)));
    QVERIFY2(errorOf(got).contains("belongs to another user"), qPrintable(errorOf(got) + valueOf(got)));
    QVERIFY(!errorOf(got).contains("foreign-5ecret"));
}

void TstSecrets::envSource()
{
    const Profile profile = profileWith("home", namedRef(SecretRef::Source::Env, "QDDNS_TST_SECRET"));

    qunsetenv("QDDNS_TST_SECRET");
    Answer got = read(profile);
    QCOMPARE(got.calls, 1);
    QVERIFY(!got.synchronous);
    QVERIFY2(errorOf(got).contains("environment variable QDDNS_TST_SECRET is not set"), qPrintable(errorOf(got)));

    qputenv("QDDNS_TST_SECRET", "env-5ecret");
    got = read(profile);
    QCOMPARE(got.calls, 1);
    QCOMPARE(valueOf(got), QString("env-5ecret"));

    // Set but empty is as good as unset: an empty password is never meant.
    qputenv("QDDNS_TST_SECRET", "");
    got = read(profile);
    QVERIFY2(errorOf(got).contains("is not set"), qPrintable(errorOf(got) + valueOf(got)));
}

void TstSecrets::systemdCredential()
{
    const QString dir = m_tmp.filePath("credentials");
    QVERIFY(QDir().mkpath(dir));
    QVERIFY(writeFile(dir + "/home.token", "cred-5ecret\n", QFile::ReadOwner)); // systemd writes them 0400
    qputenv("CREDENTIALS_DIRECTORY", QFile::encodeName(dir));
    const Profile profile = profileWith("home", namedRef(SecretRef::Source::SystemdCredential, "home.token"));

    Answer got = read(profile);
    QCOMPARE(got.calls, 1);
    QVERIFY(!got.synchronous);
    QVERIFY2(got.result && *got.result, qPrintable(errorOf(got)));
    QCOMPARE(valueOf(got), QString("cred-5ecret"));

    // A hand-made credentials directory gets the same checks as a secret file.
    QVERIFY(QFile::setPermissions(dir + "/home.token", QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    got = read(profile);
    QVERIFY2(errorOf(got).contains("chmod 600"), qPrintable(errorOf(got) + valueOf(got)));

    const Profile missing = profileWith("home", namedRef(SecretRef::Source::SystemdCredential, "other.token"));
    got = read(missing);
    QVERIFY2(errorOf(got).contains(dir + "/other.token"), qPrintable(errorOf(got)));
}

void TstSecrets::systemdCredentialWithoutDirectory()
{
    qunsetenv("CREDENTIALS_DIRECTORY");
    const Answer got = read(profileWith("home", namedRef(SecretRef::Source::SystemdCredential, "home.token")));
    QCOMPARE(got.calls, 1);
    QVERIFY(!got.synchronous);
    QVERIFY2(errorOf(got).contains("$CREDENTIALS_DIRECTORY is not set"), qPrintable(errorOf(got)));
    QVERIFY2(errorOf(got).contains("LoadCredential=home.token:"), qPrintable(errorOf(got)));
}

// A profile with two credentials: the primary in the keychain under PROFILE, the other in the
// keychain under PROFILE/FIELD; then the other from a file. Each is read from its own place.
void TstSecrets::namedCredentialsEachFromTheirSource()
{
    REQUIRE_SECRET_SERVICE();
    const QString profile = QStringLiteral("tst-named");
    refuseToClobber(profile);
    refuseToClobber(profile + "/secretApiKey");
    QVERIFY(write(profile, "pk1-primary").result->hasValue());
    QVERIFY(write(keychainKey(profile, "secretApiKey"), "sk1-second").result->hasValue());
    QCOMPARE(lookup(profile + "/secretApiKey"), std::optional<QByteArray>("sk1-second"));

    Profile p;
    p.name = profile;
    p.credentials = {{QString(kPrimaryCredential), SecretRef{}}, {"secretApiKey", SecretRef{}}};
    auto readAll = [this, &p] {
        std::optional<CredentialsResult> result;
        readCredentials(m_store, p, this, [&result](const CredentialsResult &r) { result = r; });
        const QDeadlineTimer deadline(15000);
        while (!result && !deadline.hasExpired())
            QTest::qWait(5);
        return result;
    };
    auto both = readAll();
    QVERIFY(both && both->hasValue());
    QCOMPARE(both->value(), (Credentials{{"secret", "pk1-primary"}, {"secretApiKey", "sk1-second"}}));

    // The other one from a file instead.
    const QString file = m_tmp.filePath("named.secret");
    QVERIFY(writeFile(file, "sk1-from-file\n", QFile::ReadOwner | QFile::WriteOwner));
    p.credentials[1].ref.source = SecretRef::Source::File;
    p.credentials[1].ref.path = file;
    both = readAll();
    QVERIFY(both && both->hasValue());
    QCOMPARE(both->value().value("secretApiKey"), QString("sk1-from-file"));

    // A missing one names its field and the command that stores it.
    p.credentials[1].ref = SecretRef{};
    QVERIFY(remove(keychainKey(profile, "secretApiKey")).result->hasValue());
    const auto missing = readAll();
    QVERIFY(missing && !missing->hasValue());
    QVERIFY2(missing->error().startsWith("credential secretApiKey: no secret stored in the keychain"), qPrintable(missing->error()));
    QVERIFY2(missing->error().contains("`qddns-agent secret set tst-named --field secretApiKey`"), qPrintable(missing->error()));
}

void TstSecrets::cliStoresANamedCredential()
{
    REQUIRE_SECRET_SERVICE();
    const QString profile = QStringLiteral("tst-named-cli");
    refuseToClobber(profile + "/secretApiKey");
    const ProcessRun set = cli({"secret", "set", profile, "--field", "secretApiKey"}, "sk1-typed\n");
    QVERIFY2(set.exitCode == 0, set.err.constData());
    QVERIFY2(set.err.contains("credential secretApiKey of profile \"tst-named-cli\" is stored in the keychain"), set.err.constData());
    QCOMPARE(lookup(profile + "/secretApiKey"), std::optional<QByteArray>("sk1-typed"));
    QVERIFY(!lookup(profile)); // the primary entry is another one
    const ProcessRun removed = cli({"secret", "delete", profile, "--field", "secretApiKey"}, {});
    QVERIFY2(removed.exitCode == 0, removed.err.constData());
    QVERIFY(!lookup(profile + "/secretApiKey"));
}

QTEST_GUILESS_MAIN(TstSecrets)
#include "tst_secrets.moc"
