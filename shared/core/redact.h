#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

namespace Qddns {

/// \brief The one way a URL reaches a log or message: user info and the values of
/// credential-like query keys (token, password, key…) become "***", and so does every
/// occurrence of \a secrets, raw or percent-encoded (a custom URL template may put the
/// secret in the path).
QString redactUrl(const QUrl &url, const QStringList &secrets = {});

/// \brief Replaces every occurrence of \a secrets in \a text with "***": raw or percent-encoded
/// (case-insensitively, as hosts come back lowercased), and every base64 word that decodes to
/// something holding a secret; the value of any Basic/Bearer credential is masked whole.
QString redactText(QString text, const QStringList &secrets);

} // namespace Qddns
