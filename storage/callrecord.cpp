#include "callrecord.h"

QString usageSourceName(UsageSource source)
{
    switch (source) {
    case UsageSource::Provider:
        return QStringLiteral("provider");
    case UsageSource::Estimated:
        return QStringLiteral("estimated");
    case UsageSource::None:
        break;
    }
    return QStringLiteral("none");
}

UsageSource usageSourceFromName(const QString &name)
{
    if (name == QLatin1String("provider"))
        return UsageSource::Provider;
    if (name == QLatin1String("estimated"))
        return UsageSource::Estimated;
    return UsageSource::None;
}
