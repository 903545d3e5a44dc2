#pragma once

#include "callrecord.h"
#include "ledgerreader.h"

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QVariantList>

// Everything recorded about one call, as the detail pane shows it: every field grouped in
// sections (timings included), the cost split by token class (tokens × the per-million price
// stored with the call, through CostCalculator, so that the lines add up to what the call was
// charged), and the request and response bodies when body logging was on, JSON pretty-printed,
// at most ~1 MB each.
// Setting callId reads the call through LedgerReader and prepares all of it on the reader's
// worker, so a large body never blocks the window; the shown call stays until the next one is
// ready, then every property changes at once (detailsChanged).
class CallDetails : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(LedgerReader *ledger READ ledger WRITE setLedger NOTIFY ledgerChanged)
    Q_PROPERTY(qint64 callId READ callId WRITE setCallId NOTIFY callIdChanged) // 0: none
    Q_PROPERTY(bool loading READ isLoading NOTIFY loadingChanged)
    Q_PROPERTY(QString errorString READ errorString NOTIFY errorStringChanged)

    Q_PROPERTY(bool valid READ isValid NOTIFY detailsChanged) // a call is shown
    Q_PROPERTY(QString title READ title NOTIFY detailsChanged) // "gpt-4o · 200 · 10:15:00"
    // {section, key, name, value, firstInSection}: sections Request, Response, Tokens, Timing,
    // Cost, Client; key is a stable identifier of the field, name and value are display texts.
    Q_PROPERTY(QVariantList fields READ fields NOTIFY detailsChanged)
    // {key, tokenClass, tokens, tokensText, pricePerMillion, priceText, usd, usdText}, one per
    // class: uncachedInput, cacheRead, cacheWrite5m, cacheWrite1h, output, reasoning. Empty
    // when the call has no price (see costNote).
    Q_PROPERTY(QVariantList costBreakdown READ costBreakdown NOTIFY detailsChanged)
    // What the prices charge for all the tokens: the sum of the lines.
    Q_PROPERTY(double costTotalUsd READ costTotalUsd NOTIFY detailsChanged)
    Q_PROPERTY(QString costTotalText READ costTotalText NOTIFY detailsChanged)
    // Why there is no breakdown, or that the recorded cost differs from it; else empty.
    Q_PROPERTY(QString costNote READ costNote NOTIFY detailsChanged)
    Q_PROPERTY(bool hasBodies READ hasBodies NOTIFY detailsChanged)
    Q_PROPERTY(QString requestBody READ requestBody NOTIFY detailsChanged)
    Q_PROPERTY(QString responseBody READ responseBody NOTIFY detailsChanged)
    // Set when a body is shown cut short.
    Q_PROPERTY(QString requestBodyNote READ requestBodyNote NOTIFY detailsChanged)
    Q_PROPERTY(QString responseBodyNote READ responseBodyNote NOTIFY detailsChanged)

public:
    static constexpr qsizetype maxBodyBytes = 1024 * 1024;

    // All a pane shows about one call, prepared off the GUI thread.
    struct Prepared
    {
        bool found = false;
        QString title;
        QVariantList fields;
        QVariantList costBreakdown;
        double costTotalUsd = 0;
        QString costTotalText;
        QString costNote;
        QString requestBody;
        QString responseBody;
        QString requestBodyNote;
        QString responseBodyNote;
    };

    explicit CallDetails(QObject *parent = nullptr);

    LedgerReader *ledger() const { return m_ledger; }
    void setLedger(LedgerReader *ledger);
    qint64 callId() const { return m_callId; }
    void setCallId(qint64 id);
    bool isLoading() const { return m_loading; }
    QString errorString() const { return m_error; }

    bool isValid() const { return m_shown.found; }
    QString title() const { return m_shown.title; }
    QVariantList fields() const { return m_shown.fields; }
    QVariantList costBreakdown() const { return m_shown.costBreakdown; }
    double costTotalUsd() const { return m_shown.costTotalUsd; }
    QString costTotalText() const { return m_shown.costTotalText; }
    QString costNote() const { return m_shown.costNote; }
    bool hasBodies() const
    {
        return !m_shown.requestBody.isEmpty() || !m_shown.responseBody.isEmpty();
    }
    QString requestBody() const { return m_shown.requestBody; }
    QString responseBody() const { return m_shown.responseBody; }
    QString requestBodyNote() const { return m_shown.requestBodyNote; }
    QString responseBodyNote() const { return m_shown.responseBodyNote; }

    // The value of a field by its key ("" when there is no such field), for tests and tools.
    Q_INVOKABLE QString fieldValue(const QString &key) const;
    Q_INVOKABLE void reload();
    Q_INVOKABLE void copyToClipboard(const QString &text) const;

    // What the pane shows for a record; keyLabel is the user's label of its key, if any.
    static Prepared prepare(const CallRecord &record, const QString &keyLabel);
    // JSON indented, anything else (an SSE stream, text) as it is; cut at maxBodyBytes.
    static QString bodyText(const QByteArray &body, QString *note);

Q_SIGNALS:
    void ledgerChanged();
    void callIdChanged();
    void loadingChanged();
    void errorStringChanged();
    void detailsChanged();

private:
    void show(const Prepared &prepared, const QString &error);
    void setLoading(bool loading);

    QPointer<LedgerReader> m_ledger;
    qint64 m_callId = 0;
    bool m_loading = false;
    QString m_error;
    Prepared m_shown;
    LatestQuery<Prepared> m_query{this};
};
