#include "providers/signing/rsa.h"

#include <QJsonDocument>

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

#include <memory>

namespace Qddns::Signing {

namespace {

struct BioFree
{
    void operator()(BIO *bio) const { BIO_free(bio); }
};
struct KeyFree
{
    void operator()(EVP_PKEY *key) const { EVP_PKEY_free(key); }
};
struct ContextFree
{
    void operator()(EVP_MD_CTX *context) const { EVP_MD_CTX_free(context); }
};

QByteArray base64Url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

} // namespace

Expected<QByteArray, QString> rsaSign(const QByteArray &pem, const QByteArray &data, RsaHash hash)
{
    std::unique_ptr<BIO, BioFree> bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    if (!bio)
        return Unexpected(QStringLiteral("out of memory"));
    // No passphrase callback: an encrypted key is refused rather than prompting on a terminal.
    std::unique_ptr<EVP_PKEY, KeyFree> key(PEM_read_bio_PrivateKey(bio.get(), nullptr, [](char *, int, int, void *) { return 0; }, nullptr));
    if (!key)
        return Unexpected(QStringLiteral("the private key is not an unencrypted PEM private key"));
    if (EVP_PKEY_base_id(key.get()) != EVP_PKEY_RSA)
        return Unexpected(QStringLiteral("the private key is not an RSA key"));
    std::unique_ptr<EVP_MD_CTX, ContextFree> context(EVP_MD_CTX_new());
    const EVP_MD *digest = hash == RsaHash::Sha256 ? EVP_sha256() : EVP_sha512();
    size_t length = 0;
    if (!context || EVP_DigestSignInit(context.get(), nullptr, digest, nullptr, key.get()) != 1
        || EVP_DigestSignUpdate(context.get(), data.constData(), size_t(data.size())) != 1
        || EVP_DigestSignFinal(context.get(), nullptr, &length) != 1)
        return Unexpected(QStringLiteral("the private key could not sign"));
    QByteArray signature(qsizetype(length), Qt::Uninitialized);
    if (EVP_DigestSignFinal(context.get(), reinterpret_cast<unsigned char *>(signature.data()), &length) != 1)
        return Unexpected(QStringLiteral("the private key could not sign"));
    signature.truncate(qsizetype(length));
    return signature;
}

Expected<QByteArray, QString> jwtRs256(const QJsonObject &claims, const QByteArray &pem, const QString &keyId)
{
    QJsonObject header{{QStringLiteral("alg"), QStringLiteral("RS256")}, {QStringLiteral("typ"), QStringLiteral("JWT")}};
    if (!keyId.isEmpty())
        header.insert(QStringLiteral("kid"), keyId);
    const QByteArray signingInput = base64Url(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.'
        + base64Url(QJsonDocument(claims).toJson(QJsonDocument::Compact));
    const auto signature = rsaSign(pem, signingInput, RsaHash::Sha256);
    if (!signature)
        return Unexpected(signature.error());
    return QByteArray(signingInput + '.' + base64Url(*signature));
}

} // namespace Qddns::Signing
