#include "dns/rcode.h"

namespace Qddns::Dns {

QString rcodeName(quint16 rcode)
{
    switch (rcode) {
    case NoError: return QStringLiteral("NOERROR");
    case FormErr: return QStringLiteral("FORMERR");
    case ServFail: return QStringLiteral("SERVFAIL");
    case NXDomain: return QStringLiteral("NXDOMAIN");
    case NotImp: return QStringLiteral("NOTIMP");
    case Refused: return QStringLiteral("REFUSED");
    case YXDomain: return QStringLiteral("YXDOMAIN");
    case YXRRSet: return QStringLiteral("YXRRSET");
    case NXRRSet: return QStringLiteral("NXRRSET");
    case NotAuth: return QStringLiteral("NOTAUTH");
    case NotZone: return QStringLiteral("NOTZONE");
    case DsoTypeNI: return QStringLiteral("DSOTYPENI");
    case BadVers: return QStringLiteral("BADVERS");
    case BadCookie: return QStringLiteral("BADCOOKIE");
    default: return QStringLiteral("RCODE%1").arg(rcode);
    }
}

QString rcodeMeaning(quint16 rcode)
{
    switch (rcode) {
    case NoError: return QStringLiteral("no error");
    case FormErr: return QStringLiteral("the server could not parse the request");
    case ServFail: return QStringLiteral("the server failed to process the request (try again later)");
    case NXDomain: return QStringLiteral("the name does not exist");
    case NotImp: return QStringLiteral("the server does not implement this kind of request");
    case Refused: return QStringLiteral("the server refused the request (not allowed by its policy, or an unknown key)");
    case YXDomain: return QStringLiteral("a name exists that a prerequisite says should not");
    case YXRRSet: return QStringLiteral("a record set exists that a prerequisite says should not");
    case NXRRSet: return QStringLiteral("a record set a prerequisite needs does not exist");
    case NotAuth: return QStringLiteral("the server is not authoritative for the zone, or the request is not authorized (TSIG)");
    case NotZone: return QStringLiteral("a name of the request is outside the zone");
    case BadVers: return QStringLiteral("the server does not support this EDNS version");
    case BadCookie: return QStringLiteral("the server wants a valid DNS cookie");
    default: return QStringLiteral("unknown response code %1").arg(rcode);
    }
}

QString tsigErrorName(quint16 error)
{
    switch (error) {
    case BadSig: return QStringLiteral("BADSIG");
    case BadKey: return QStringLiteral("BADKEY");
    case BadTime: return QStringLiteral("BADTIME");
    case BadMode: return QStringLiteral("BADMODE");
    case BadName: return QStringLiteral("BADNAME");
    case BadAlg: return QStringLiteral("BADALG");
    case BadTrunc: return QStringLiteral("BADTRUNC");
    default: return rcodeName(error);
    }
}

QString tsigErrorMeaning(quint16 error)
{
    switch (error) {
    case NoError: return QStringLiteral("signature verified");
    case BadSig: return QStringLiteral("the signature does not verify: wrong secret");
    case BadKey: return QStringLiteral("the key name or algorithm is unknown to the other side");
    case BadTime: return QStringLiteral("the signing time is outside the allowed fudge: the clocks differ");
    case BadTrunc: return QStringLiteral("the MAC is truncated more than allowed");
    case BadAlg: return QStringLiteral("the algorithm is not supported");
    default: return rcodeMeaning(error);
    }
}

} // namespace Qddns::Dns
