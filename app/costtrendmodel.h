#pragma once

#include "ledgerquerymodel.h"
#include "ledgerreader.h"
#include "usagetotals.h"

#include <QDate>
#include <QLocale>

// The dashboard's cost trend: the cost of each of the last weeks, months or quarters of the
// user's calendar (local time, weeks starting on the locale's first day), up to the period
// that holds the end of the dashboard's range, each with its change against the one before.
// The range's start is not used: a trend always shows whole periods.
class CostTrendModel : public LedgerQueryModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Period period READ period WRITE setPeriod NOTIFY periodChanged)
    Q_PROPERTY(double maxCost READ maxCost NOTIFY refreshed)

public:
    enum Period { Week, Month, Quarter };
    Q_ENUM(Period)
    enum Role {
        NameRole = Qt::UserRole, // "Nov 16", "Nov 2026", "Q4 2026"
        StartMsRole,
        EndMsRole,
        CostRole,
        CostTextRole,
        RequestsTextRole,
        ShareRole, // cost / the highest period's cost, for bars
        ChangeTextRole, // vs the period before; empty for the first
        ChangeGoodRole, // spending less is good
        PartialRole, // the period is not over yet (or the range ends inside it)
    };
    Q_ENUM(Role)

    struct Span
    {
        qint64 startMs = 0;
        qint64 endMs = 0; // exclusive; the range's end for the last, partial period
        QDate startDate;
    };
    // The count periods of kind period up to the one holding anchorMs - 1, oldest first.
    static QList<Span> spans(Period period, qint64 anchorMs, int count,
                             Qt::DayOfWeek firstDayOfWeek = QLocale().firstDayOfWeek());
    static int periodCount(Period period);

    explicit CostTrendModel(QObject *parent = nullptr);

    Period period() const { return m_period; }
    void setPeriod(Period period);
    double maxCost() const { return m_maxCost; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void periodChanged();

protected:
    void startQuery() override;
    bool canQuery() const override { return ledger() && toMs() > 0; }

private:
    struct Row
    {
        Span span;
        UsageTotals totals;
        bool partial = false;
    };
    QString name(const Row &row) const;

    LatestQuery<QList<UsageTotals>> m_query{this};
    QList<Span> m_pending;
    QList<Row> m_rows;
    Period m_period = Month;
    double m_maxCost = 0;
};
