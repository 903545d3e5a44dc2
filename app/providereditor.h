#pragma once

#include "proxyconfig.h"

#include <QObject>
#include <QPointer>
#include <QQmlEngine>

class ConfigDocument;
class SecretStore;

// Changes the providers of the config file for the Providers page: add, edit, remove and
// reorder (the first provider whose models match serves a call), each written at once
// through ConfigDocument (validated, atomic). An API key typed on the page goes to the OS
// keychain under "provider/<key name>" — the entry `llmledger providers set-key` writes —
// and never into a file; the config only names the entry. When the file has no
// "providers" yet, the first change writes the defaults it stood for, then the change.
class ProviderEditor : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by the application")
    Q_PROPERTY(QString errorString READ errorString NOTIFY errorStringChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)

public:
    enum class KeySource { Client, Keychain, Environment, None };
    Q_ENUM(KeySource)

    ProviderEditor(ConfigDocument *document, SecretStore *secrets, QObject *parent = nullptr);

    QString errorString() const { return m_error; }
    bool busy() const { return m_busy; }

    // Saves the provider at row (-1: a new one, appended). models is a comma-separated list
    // of names or globs; keyName names the keychain entry or the environment variable
    // (empty: the provider's id, or PROVIDERID_API_KEY). apiKey, when not empty, is stored
    // in the keychain first. Returns false with errorString naming the field when the
    // input is not valid; otherwise saved() or failed() follows.
    Q_INVOKABLE bool save(int row, const QString &id, const QString &kind, const QString &baseUrl,
                          const QString &models, ProviderEditor::KeySource keySource,
                          const QString &keyName, bool local, const QString &apiKey);
    Q_INVOKABLE bool remove(int row);
    Q_INVOKABLE bool move(int row, int delta);
    // Deletes the stored key of the provider at row from the keychain.
    Q_INVOKABLE void deleteKey(int row);

Q_SIGNALS:
    void errorStringChanged();
    void busyChanged();
    void saved(int row);
    void failed(const QString &error);
    // A key was stored or deleted: the proxy should read its keys again.
    void keysChanged();

private:
    // The file's providers, or the defaults when it has none yet.
    QJsonArray providers() const;
    bool writeProviders(const QJsonArray &providers);
    bool validRow(int row);
    void setError(const QString &error);
    void setBusy(bool busy);

    QPointer<ConfigDocument> m_document;
    QPointer<SecretStore> m_secrets;
    QString m_error;
    bool m_busy = false;
};
