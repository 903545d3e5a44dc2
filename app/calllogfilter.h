#pragma once

#include "callfilter.h"
#include "clientkey.h"
#include "ledgerreader.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QSet>
#include <QStringList>
#include <QTimer>
#include <QVariantList>

// What the request log is narrowed to (time range, provider, model, client key, status class,
// streamed, cache hit, free text) and the values the ledger offers for each. Every edit emits
// edited() at once and changed() when it should be applied: at once for a choice, ~250 ms after
// the last keystroke for the free text, so that the log queries once per word, not per key.
// The provider, model and key choices are read asynchronously through LedgerReader, again when
// the ledger changes or a call brings a value not seen yet. Each CallLogModel owns one.
class CallLogFilter : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Part of a CallLogModel: use its filter property")

    Q_PROPERTY(RangePreset rangePreset READ rangePreset WRITE setRangePreset NOTIFY edited)
    // A custom range in unix ms, 0 meaning open; setting either selects CustomRange.
    Q_PROPERTY(qint64 fromMs READ fromMs WRITE setFromMs NOTIFY edited)
    Q_PROPERTY(qint64 toMs READ toMs WRITE setToMs NOTIFY edited)
    Q_PROPERTY(QString provider READ provider WRITE setProvider NOTIFY edited)
    Q_PROPERTY(QString model READ model WRITE setModel NOTIFY edited)
    Q_PROPERTY(QString clientKeyId READ clientKeyId WRITE setClientKeyId NOTIFY edited)
    // "", "2xx", "4xx", "5xx" or "errors" (4xx, 5xx and calls that got no answer).
    Q_PROPERTY(QString status READ status WRITE setStatus NOTIFY edited)
    Q_PROPERTY(TriState streamed READ streamed WRITE setStreamed NOTIFY edited)
    Q_PROPERTY(TriState cacheHit READ cacheHit WRITE setCacheHit NOTIFY edited)
    // Substring of the request id, models, error message or user agent (any case).
    Q_PROPERTY(QString searchText READ searchText WRITE setSearchText NOTIFY edited)
    Q_PROPERTY(bool active READ isActive NOTIFY edited) // anything but "all calls"
    // The custom range in the locale's words ("11/1/2026 – 11/3/2026"); "" unless CustomRange.
    Q_PROPERTY(QString rangeLabel READ rangeLabel NOTIFY edited)
    // What the custom range's date fields take, e.g. "M/d/yyyy".
    Q_PROPERTY(QString dateFormatHint READ dateFormatHint CONSTANT)

    // Lists of {value, text} for the filter bar; the first, value "", means "any".
    Q_PROPERTY(QVariantList providerChoices READ providerChoices NOTIFY choicesChanged)
    Q_PROPERTY(QVariantList modelChoices READ modelChoices NOTIFY choicesChanged)
    Q_PROPERTY(QVariantList keyChoices READ keyChoices NOTIFY choicesChanged) // label or hint

public:
    enum RangePreset { AllTime, LastHour, Last24Hours, Last7Days, Last30Days, CustomRange };
    Q_ENUM(RangePreset)

    enum TriState { Any, Yes, No };
    Q_ENUM(TriState)

    explicit CallLogFilter(QObject *parent = nullptr);

    RangePreset rangePreset() const { return m_rangePreset; }
    void setRangePreset(RangePreset preset);
    qint64 fromMs() const { return m_fromMs; }
    void setFromMs(qint64 ms);
    qint64 toMs() const { return m_toMs; }
    void setToMs(qint64 ms);
    QString provider() const { return m_provider; }
    void setProvider(const QString &provider);
    QString model() const { return m_model; }
    void setModel(const QString &model);
    QString clientKeyId() const { return m_clientKeyId; }
    void setClientKeyId(const QString &keyId);
    QString status() const { return m_status; }
    void setStatus(const QString &status);
    TriState streamed() const { return m_streamed; }
    void setStreamed(TriState streamed);
    TriState cacheHit() const { return m_cacheHit; }
    void setCacheHit(TriState cacheHit);
    QString searchText() const { return m_searchText; }
    void setSearchText(const QString &text);
    bool isActive() const;
    QString rangeLabel() const;
    QString dateFormatHint() const;

    // Sets the custom range from the range dialog's fields: dates as TimeRangeSelection reads
    // them, optional times ("14:30"; none: the whole day, an end time includes its minute), an
    // empty date leaving that end open. Returns "" or, changing nothing, why the input is wrong.
    Q_INVOKABLE QString setCustomRangeText(const QString &fromDate, const QString &fromTime,
                                           const QString &toDate, const QString &toTime);
    // The custom range's start (end: false) or end as the dialog's fields show it; "" when open
    // or, for the time, when the range covers whole days.
    Q_INVOKABLE QString customDateText(bool end) const;
    Q_INVOKABLE QString customTimeText(bool end) const;
    // The month a calendar opens at: that of the custom range's start, else of today, as
    // year * 12 + month - 1 (QML's Date and MonthGrid count months from 0).
    Q_INVOKABLE int calendarMonth() const;
    // A calendar day (month 1-12) as the date fields show it.
    Q_INVOKABLE QString dateText(int year, int month, int day) const;

    // Back to all calls of all time.
    Q_INVOKABLE void clear();

    // The criteria as the storage takes them, a preset range ending now.
    CallFilter toCallFilter(qint64 nowMs) const;

    QVariantList providerChoices() const { return m_providerChoices; }
    QVariantList modelChoices() const { return m_modelChoices; }
    QVariantList keyChoices() const { return m_keyChoices; }
    // How the window names a key: the user's label, else its hint, else its id.
    QString keyName(const QString &keyId, const QString &fallbackHint = {}) const;

    void setLedger(LedgerReader *ledger); // also reloads the choices
    Q_INVOKABLE void reloadChoices();
    // Reloads the choices when a call shows a provider, model or key not among them.
    void noteValues(const QString &provider, const QString &model, const QString &keyId);

Q_SIGNALS:
    void edited();
    void changed();
    void choicesChanged();
    void keyNamesChanged();
    void choicesFailed(const QString &error);

private:
    struct Choices
    {
        QStringList providers;
        QStringList models;
        QList<ClientKey> keys;
        QString error;
    };

    template<typename T>
    void update(T &member, const T &value);
    void setCustomRange(qint64 fromMs, qint64 toMs);
    QDateTime customEnd(bool end) const; // the inclusive start or last minute/day; invalid: open
    void applyChoices(const Choices &choices);

    QPointer<LedgerReader> m_ledger;
    LatestQuery<Choices> m_choicesQuery{this};
    QTimer m_textPause;

    RangePreset m_rangePreset = AllTime;
    qint64 m_fromMs = 0;
    qint64 m_toMs = 0;
    QString m_provider;
    QString m_model;
    QString m_clientKeyId;
    QString m_status;
    TriState m_streamed = Any;
    TriState m_cacheHit = Any;
    QString m_searchText;

    QSet<QString> m_knownProviders;
    QSet<QString> m_knownModels;
    QHash<QString, ClientKey> m_keys;
    QVariantList m_providerChoices;
    QVariantList m_modelChoices;
    QVariantList m_keyChoices;
};
