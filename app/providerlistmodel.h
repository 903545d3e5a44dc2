#pragma once

#include "proxyconfig.h"

#include <QAbstractListModel>
#include <QHash>
#include <QPointer>
#include <QQmlEngine>

class ConfigDocument;
class LedgerReader;
class SecretStore;

// The providers of the config file, in routing order, for the Providers page: what each
// is (kind, base URL, models, key source), whether its key is in the keychain (shown only
// as a hint such as "sk-…a1b2") and how it has fared over the last 24 hours, from the
// ledger. Follows the file (edits from the page, by hand, or by the CLI); health is
// queried again whenever the proxy writes calls.
class ProviderListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by the application")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
    Q_PROPERTY(QString errorString READ errorString NOTIFY errorStringChanged)

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        KindRole, // "openai" or "anthropic"
        BaseUrlRole,
        ModelsRole, // comma-separated patterns
        KeySourceRole, // "client", "keychain", "env" or "none"
        KeyNameRole,
        KeySourceTextRole, // in words
        LocalRole,
        HasStoredKeyRole,
        KeyHintRole,
        RequestsRole, // last 24 h
        ErrorsRole,
        ErrorRateRole, // 0..1; 0 without calls
        HealthTextRole,
        LastErrorRole,
        LastCallMsRole, // 0: never
        LastCallTextRole,
    };
    Q_ENUM(Role)

    struct Health
    {
        qint64 requests = 0;
        qint64 errors = 0;
        QString lastError;
        qint64 lastErrorMs = 0;
        qint64 lastCallMs = 0;
    };

    ProviderListModel(ConfigDocument *document, SecretStore *secrets, LedgerReader *ledger,
                      QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    bool loading() const { return m_loading; }
    QString errorString() const { return m_error; }
    const ProviderConfig &provider(int row) const { return m_providers.at(row); }

    // The row's roles by name, for the edit form.
    Q_INVOKABLE QVariantMap get(int row) const;
    // Reads the keychain hints and the health again.
    Q_INVOKABLE void refresh();
    // The window's clock, for tests: health covers [now - 24 h, now).
    void setClock(std::function<qint64()> nowMs) { m_nowMs = std::move(nowMs); }

    static QString keySourceName(ProviderConfig::KeySource source);

Q_SIGNALS:
    void countChanged();
    void loadingChanged();
    void errorStringChanged();
    void healthUpdated();
    void keyHintsUpdated();

private:
    void onDocumentChanged();
    void readKeyHints();
    void queryHealth();
    void setLoading(bool loading);
    QString keyHint(const ProviderConfig &p) const;

    QPointer<ConfigDocument> m_document;
    QPointer<SecretStore> m_secrets;
    QPointer<LedgerReader> m_ledger;
    QList<ProviderConfig> m_providers;
    QHash<QString, QString> m_keyHints; // keychain entry name -> hint; absent: no key
    QHash<QString, Health> m_health; // by provider id
    std::function<qint64()> m_nowMs;
    quint64 m_healthSerial = 0;
    quint64 m_hintSerial = 0;
    bool m_loading = false;
    QString m_error;
};
