#pragma once

#include <QString>

// What DNS response codes mean, for logs and for deciding what to do with an answer.
namespace Qddns::Dns {

/// \brief Response codes of the header and OPT record (RFC 1035, 2136, 6891) and of the TSIG
/// error field (RFC 8945 5.3). 16 means BADVERS in an OPT record and BADSIG in a TSIG record.
enum Rcode : quint16 {
    NoError = 0,
    FormErr = 1,
    ServFail = 2,
    NXDomain = 3,
    NotImp = 4,
    Refused = 5,
    YXDomain = 6,
    YXRRSet = 7,
    NXRRSet = 8,
    NotAuth = 9,
    NotZone = 10,
    DsoTypeNI = 11,
    BadVers = 16,
    BadSig = 16,
    BadKey = 17,
    BadTime = 18,
    BadMode = 19,
    BadName = 20,
    BadAlg = 21,
    BadTrunc = 22,
    BadCookie = 23,
};

/// \brief "NOERROR", "NOTAUTH", … or "RCODE42" for a header/OPT rcode.
QString rcodeName(quint16 rcode);
/// \brief One sentence saying what a header/OPT rcode means for the request.
QString rcodeMeaning(quint16 rcode);
/// \brief "BADSIG", "BADKEY", "BADTIME", "BADTRUNC", … or the rcode's name, for a TSIG error field.
QString tsigErrorName(quint16 error);
/// \brief One sentence saying what a TSIG error means.
QString tsigErrorMeaning(quint16 error);

} // namespace Qddns::Dns
