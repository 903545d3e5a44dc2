#pragma once

#include "callrepricer.h"
#include "ledgerpaths.h"
#include "pricelistmodel.h"
#include "priceoverridesfile.h"

#include <QFuture>
#include <QObject>
#include <QQmlEngine>
#include <QUrl>
#include <QVariantMap>

// What the Pricing page does with prices: shows the effective table (model), adds or changes
// a model's price and removes an override (both written to the overrides file, as
// `llmledger prices import` writes it), imports a LiteLLM price list and re-prices stored
// calls. Imports and re-pricing run off the GUI thread; while one runs, busy is true and
// every other change is refused. A running proxy picks up the written file by itself.
// Errors of the page (an unreadable overrides file, a failed import) are in errorString;
// the outcome of the last action the user took is in message.
class PriceEditor : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by the application")
    Q_PROPERTY(PriceListModel *model READ model CONSTANT)
    Q_PROPERTY(QString overridesFile READ overridesFile CONSTANT)
    Q_PROPERTY(QString configFile READ configFile CONSTANT)
    Q_PROPERTY(QString errorString READ errorString NOTIFY errorStringChanged)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)

public:
    explicit PriceEditor(LedgerPaths paths, QObject *parent = nullptr);
    ~PriceEditor() override; // waits for a running import or re-pricing

    PriceListModel *model() const { return m_model; }
    QString overridesFile() const { return m_paths.priceOverridesFile(); }
    QString configFile() const { return m_paths.configFile; }
    QString errorString() const { return m_errorString; }
    QString message() const { return m_message; }
    bool busy() const { return m_busy; }

    // Re-reads the built-in table, the overrides file and the config.
    Q_INVOKABLE void reload();

    // The edit form's fields for a model, prices in the locale's notation without "$"
    // ("2.5", "" when absent): keys name, input, cachedInput, cacheWrite, cacheWrite1h,
    // output, reasoning. Empty fields for a model that has no price.
    Q_INVOKABLE QVariantMap draft(const QString &model) const;

    // Adds or replaces a model's price in the overrides file. Prices are dollars per million
    // tokens in the locale's notation (or with a "."), optional ones may be empty. Returns
    // "" on success, else what is wrong, to show beside the form.
    Q_INVOKABLE QString savePrice(const QString &name, const QString &input,
                                  const QString &cachedInput, const QString &cacheWrite,
                                  const QString &cacheWrite1h, const QString &output,
                                  const QString &reasoning);
    // Deletes a model's entry from the overrides file; "" on success, else why not.
    Q_INVOKABLE QString removeOverride(const QString &model);

    // Imports a LiteLLM model_prices_and_context_window.json (a local file URL).
    Q_INVOKABLE void importLiteLlm(const QUrl &file);
    // Re-prices the stored calls started in [fromMs, toMs) with the current prices.
    Q_INVOKABLE void repriceCalls(qint64 fromMs, qint64 toMs);
    Q_INVOKABLE void repriceAllCalls();

    // For tests: the running import or re-pricing, if any.
    QFuture<void> pending() const { return m_pending; }

Q_SIGNALS:
    void errorStringChanged();
    void messageChanged();
    void busyChanged();
    // The overrides file was written (an edit, a removal or an import).
    void pricesChanged();
    // Stored calls got new costs: the ledger's views should refresh.
    void callsRepriced();

private:
    void setErrorString(const QString &error);
    void setMessage(const QString &message);
    void setBusy(bool busy);
    bool loadOverrides(PriceOverridesFile *file, QString *error) const;
    QString writeOverrides(PriceOverridesFile &file, const QString &done);

    LedgerPaths m_paths;
    PriceListModel *m_model;
    QString m_errorString;
    QString m_message;
    bool m_busy = false;
    QFuture<void> m_pending;
};
