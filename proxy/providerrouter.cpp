#include "providerrouter.h"

ProviderRouter::Result ProviderRouter::route(const ProxyConfig &config, WireFormat format,
                                             const QString &model, const QString &requestedProvider)
{
    if (!requestedProvider.isEmpty()) {
        const ProviderConfig *p = config.provider(requestedProvider);
        if (!p)
            return {nullptr,
                    QStringLiteral("no provider \"%1\" is configured (x-llmledger-provider)")
                        .arg(requestedProvider)};
        if (p->kind != format)
            return {nullptr, QStringLiteral("provider \"%1\" does not speak this API").arg(p->id)};
        return {p, {}};
    }
    const ProviderConfig *firstOfFormat = nullptr;
    for (const ProviderConfig &p : config.providers) {
        if (p.kind != format)
            continue;
        if (!firstOfFormat)
            firstOfFormat = &p;
        if (!model.isEmpty() && p.servesModel(model))
            return {&p, {}};
    }
    if (model.isEmpty() && firstOfFormat)
        return {firstOfFormat, {}};
    if (!firstOfFormat)
        return {nullptr,
                QStringLiteral("no %1 provider is configured")
                    .arg(format == WireFormat::Anthropic ? QLatin1String("Anthropic-style")
                                                         : QLatin1String("OpenAI-style"))};
    return {nullptr,
            QStringLiteral("the model \"%1\" is not served by any configured provider "
                           "(check the \"models\" lists in the LLM Ledger config)")
                .arg(model)};
}
