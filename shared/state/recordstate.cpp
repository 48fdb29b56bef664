#include "state/recordstate.h"

#include "core/http.h"
#include "ipc/protocol.h"

#include <QCryptographicHash>

#include <algorithm>

namespace Qddns {

using namespace std::chrono_literals;

std::chrono::seconds backoff(int failures)
{
    const int exponent = std::clamp(failures - 1, 0, 20);
    return std::min<std::chrono::seconds>(60s * (qint64(1) << exponent), kMaxRetryDelay);
}

std::chrono::seconds retryDelay(int failures, const QString &recordKey)
{
    const auto base = backoff(failures);
    const QByteArray hash = QCryptographicHash::hash(recordKey.toUtf8(), QCryptographicHash::Sha256);
    const double fraction = double((uchar(hash.at(0)) << 8) | uchar(hash.at(1))) / 65536.0;
    return base + std::chrono::seconds(qint64(double(base.count()) * 0.2 * fraction));
}

RecordState forProfile(RecordState record, const QByteArray &profileFingerprint)
{
    if (record.fingerprint == profileFingerprint)
        return record;
    RecordState fresh;
    fresh.fingerprint = profileFingerprint;
    return fresh;
}

RecordState withHoldLifted(RecordState record)
{
    record.hold.clear();
    record.failures = 0;
    record.retryAfter = {};
    return record;
}

RecordState forAgentVersion(RecordState record, const QString &agentVersion)
{
    if (record.hold == Ipc::OutcomeWord::Unexpected && record.holdVersion != agentVersion) {
        record = withHoldLifted(record);
        record.unexpected = 0;
        record.holdVersion.clear();
    }
    return record;
}

RecordState afterAttempt(RecordState r, const RecordResult &result, const Attempt &attempt)
{
    r.lastAttempt = attempt.now;
    r.lastResult = outcomeName(result.outcome);
    r.message = result.message;
    r.fingerprint = attempt.profileFingerprint;
    r.unexpected = result.outcome == Outcome::RetryLater && result.unexpected ? r.unexpected + 1 : 0;
    if (r.unexpected >= kMaxUnexpectedReplies) {
        r.hold = Ipc::OutcomeWord::Unexpected;
        r.holdVersion = attempt.agentVersion;
        r.secretFingerprint = attempt.credentialsFingerprint;
        r.retryAfter = {};
        r.message = QStringLiteral("%1 replies in a row were not what the provider's API documents (%2); its API may "
                                   "have changed: held until the profile or its credentials change or another qddns "
                                   "version runs")
                        .arg(r.unexpected).arg(result.message);
        return r;
    }
    if (isSuccess(result.outcome)) {
        r.address = attempt.sent.toString();
        r.published = attempt.now;
        r.failures = 0;
        r.retryAfter = {};
        r.hold.clear();
        r.secretFingerprint.clear();
    } else if (isHold(result.outcome)) {
        r.hold = outcomeName(result.outcome);
        r.secretFingerprint = attempt.credentialsFingerprint;
        r.retryAfter = {};
    } else {
        ++r.failures;
        const auto delay = std::max(retryDelay(r.failures, attempt.recordKey), result.minRetryDelay);
        r.retryAfter = attempt.now.addSecs(delay.count());
    }
    return r;
}

} // namespace Qddns
