#include "secrets/keychain.h"

#include <QCoreApplication>
#include <QLibrary>
#include <QTimer>

namespace Qddns {

namespace {

// Answers every request with why there is no keychain, naming the module it looked for.
class MissingKeychain final : public Keychain
{
public:
    explicit MissingKeychain(QString why) : m_why(std::move(why)) {}
    void read(const QString &, QObject *context, KeychainCallback done) override { fail(context, std::move(done)); }
    void write(const QString &, const QString &, QObject *context, KeychainCallback done) override
    {
        fail(context, std::move(done));
    }
    void remove(const QString &, QObject *context, KeychainCallback done) override { fail(context, std::move(done)); }

private:
    void fail(QObject *context, KeychainCallback done) const
    {
        KeychainAnswer answer{KeychainAnswer::Status::Unavailable, {}, m_why};
        QTimer::singleShot(0, context, [done = std::move(done), answer] { done(answer); });
    }
    QString m_why;
};

} // namespace

// The module sits where the build and the packages put it, relative to the program
// (QDDNS_KEYCHAIN_MODULE, from agent/CMakeLists.txt): no search path to plant another in.
std::unique_ptr<Keychain> createSystemKeychain()
{
    const QString path = QCoreApplication::applicationDirPath() + QLatin1Char('/') + QStringLiteral(QDDNS_KEYCHAIN_MODULE);
    QLibrary module(path);
    using Create = Keychain *(*)();
    const auto create = module.load() ? reinterpret_cast<Create>(module.resolve("qddns_keychain_create")) : nullptr;
    if (!create)
        return std::make_unique<MissingKeychain>(QStringLiteral("keychain support is not installed: %1").arg(module.errorString()));
    // Stays loaded: QLibrary unloads only when asked.
    return std::unique_ptr<Keychain>(create());
}

} // namespace Qddns
