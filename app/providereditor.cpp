#include "providereditor.h"

#include "configdocument.h"
#include "secretstore.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {

QString keychainEntry(const QString &keyName)
{
    return QLatin1String("provider/") + keyName;
}

} // namespace

ProviderEditor::ProviderEditor(ConfigDocument *document, SecretStore *secrets, QObject *parent)
    : QObject(parent), m_document(document), m_secrets(secrets)
{ }

QJsonArray ProviderEditor::providers() const
{
    const QJsonObject object = m_document->object();
    if (object.contains(QLatin1String("providers")))
        return object.value(QLatin1String("providers")).toArray();
    return ConfigLoader::providersToJson(m_document->config().providers);
}

bool ProviderEditor::writeProviders(const QJsonArray &providers)
{
    const bool ok = m_document->update([&providers](QJsonObject &object) {
        object.insert(QLatin1String("providers"), providers);
    });
    setError(ok ? QString() : m_document->errorString());
    return ok;
}

bool ProviderEditor::validRow(int row)
{
    if (row >= 0 && row < providers().size())
        return true;
    setError(tr("There is no provider %1.").arg(row + 1));
    return false;
}

bool ProviderEditor::save(int row, const QString &id, const QString &kind, const QString &baseUrl,
                          const QString &models, KeySource keySource, const QString &keyName,
                          bool local, const QString &apiKey)
{
    if (m_busy)
        return false;
    QJsonArray list = providers();
    if (row >= list.size()) {
        setError(tr("There is no provider %1.").arg(row + 1));
        return false;
    }
    QString name = keyName.trimmed();
    QJsonValue apiKeyValue;
    switch (keySource) {
    case KeySource::Client:
        apiKeyValue = QStringLiteral("client");
        break;
    case KeySource::None:
        apiKeyValue = QStringLiteral("none");
        break;
    case KeySource::Keychain:
        if (name.isEmpty())
            name = id.trimmed();
        apiKeyValue = QJsonObject{{QLatin1String("keychain"), name}};
        break;
    case KeySource::Environment:
        if (name.isEmpty())
            name = id.trimmed().toUpper().replace(u'-', u'_').replace(u'.', u'_')
                + QLatin1String("_API_KEY");
        apiKeyValue = QJsonObject{{QLatin1String("env"), name}};
        break;
    }
    QJsonArray modelList;
    for (const QString &model : models.split(u',', Qt::SkipEmptyParts)) {
        if (!model.trimmed().isEmpty())
            modelList.append(model.trimmed());
    }
    QJsonObject provider{{QLatin1String("id"), id.trimmed()},
                         {QLatin1String("kind"), kind},
                         {QLatin1String("base_url"), baseUrl.trimmed()},
                         {QLatin1String("models"), modelList},
                         {QLatin1String("api_key"), apiKeyValue}};
    if (local)
        provider.insert(QLatin1String("local"), true);
    if (row < 0)
        list.append(provider);
    else
        list.replace(row, provider);
    const int savedRow = row < 0 ? int(list.size()) - 1 : row;

    // Validate before touching the keychain: a key is stored only for a provider that is.
    QJsonObject candidate = m_document->object();
    candidate.insert(QLatin1String("providers"), list);
    const ConfigResult parsed = ConfigLoader::parse(QJsonDocument(candidate).toJson());
    if (!parsed.config) {
        setError(parsed.error);
        return false;
    }
    if (modelList.isEmpty()) {
        setError(tr("models: name at least one model or pattern, such as * for all."));
        return false;
    }
    const QByteArray key = apiKey.trimmed().toUtf8();
    if (key.isEmpty()) {
        if (!writeProviders(list))
            return false;
        Q_EMIT saved(savedRow);
        return true;
    }
    if (keySource != KeySource::Keychain) {
        setError(tr("api_key: a key typed here is kept in the OS keychain; choose the keychain "
                    "as the key source."));
        return false;
    }
    if (!m_secrets) {
        setError(tr("api_key: no OS keychain is available here; use an environment variable."));
        return false;
    }
    setBusy(true);
    QPointer<ProviderEditor> self(this);
    m_secrets->write(keychainEntry(name), key,
                     [self, list, savedRow](bool ok, const QString &error) {
                         if (!self)
                             return;
                         self->setBusy(false);
                         if (!ok) {
                             self->setError(tr("The OS keychain did not store the key: %1; "
                                               "nothing was changed.")
                                                .arg(error));
                             Q_EMIT self->failed(self->m_error);
                             return;
                         }
                         Q_EMIT self->keysChanged();
                         if (!self->writeProviders(list))
                             return Q_EMIT self->failed(self->m_error);
                         Q_EMIT self->saved(savedRow);
                     });
    return true;
}

bool ProviderEditor::remove(int row)
{
    if (m_busy || !validRow(row))
        return false;
    QJsonArray list = providers();
    list.removeAt(row);
    // The keychain entry stays: `providers set-key` may have stored it for another
    // config, and deleting a key is its own deliberate step (deleteKey).
    return writeProviders(list);
}

bool ProviderEditor::move(int row, int delta)
{
    if (m_busy || !validRow(row))
        return false;
    QJsonArray list = providers();
    const int to = row + delta;
    if (to < 0 || to >= list.size())
        return false;
    const QJsonValue moved = list.takeAt(row);
    list.insert(to, moved);
    return writeProviders(list);
}

void ProviderEditor::deleteKey(int row)
{
    if (m_busy || !validRow(row))
        return;
    const ProviderConfig &p = m_document->config().providers.at(row);
    if (p.keySource != ProviderConfig::KeySource::Keychain || !m_secrets)
        return;
    setBusy(true);
    QPointer<ProviderEditor> self(this);
    m_secrets->remove(keychainEntry(p.keyName), [self](bool ok, const QString &error) {
        if (!self)
            return;
        self->setBusy(false);
        if (!ok) {
            self->setError(tr("The OS keychain did not delete the key: %1").arg(error));
            return Q_EMIT self->failed(self->m_error);
        }
        self->setError({});
        Q_EMIT self->keysChanged();
    });
}

void ProviderEditor::setError(const QString &error)
{
    if (m_error == error)
        return;
    m_error = error;
    Q_EMIT errorStringChanged();
}

void ProviderEditor::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged();
}
