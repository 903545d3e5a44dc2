#include "trayicon.h"

#include "ledgerformat.h"

#include <QDateTime>
#include <QGuiApplication>

TrayIcon::TrayIcon(LedgerReader *ledger, QObject *parent)
    : QObject(parent), m_ledger(ledger), m_tray(QGuiApplication::windowIcon())
{
    m_summaryAction = m_menu.addAction(QString());
    m_summaryAction->setEnabled(false);
    m_menu.addSeparator();
    m_openAction = m_menu.addAction(tr("Open window"));
    m_pauseAction = m_menu.addAction(QString());
    m_pauseAction->setCheckable(true);
    m_menu.addSeparator();
    m_quitAction = m_menu.addAction(tr("Quit"));
    m_tray.setContextMenu(&m_menu);

    connect(m_openAction, &QAction::triggered, this, &TrayIcon::openWindowRequested);
    connect(m_quitAction, &QAction::triggered, this, &TrayIcon::quitRequested);
    connect(m_pauseAction, &QAction::triggered, this, [this](bool checked) {
        m_paused = checked;
        updateTexts();
        Q_EMIT pauseRequested(checked);
    });
    connect(&m_tray, &QSystemTrayIcon::activated, this,
            [this](QSystemTrayIcon::ActivationReason reason) {
                if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
                    Q_EMIT openWindowRequested();
            });
    connect(&m_tray, &QSystemTrayIcon::messageClicked, this, &TrayIcon::openWindowRequested);

    m_midnight.setSingleShot(true);
    connect(&m_midnight, &QTimer::timeout, this, &TrayIcon::refresh);
    if (m_ledger) {
        connect(m_ledger, &LedgerReader::callsChanged, this, &TrayIcon::refresh);
        connect(m_ledger, &LedgerReader::ledgerChanged, this, &TrayIcon::refresh);
    }
    updateTexts();
    refresh();
}

void TrayIcon::setToday(const QDate &day)
{
    if (m_pinnedDay == day)
        return;
    m_pinnedDay = day;
    refresh();
}

QDate TrayIcon::currentDay() const
{
    return m_pinnedDay.isValid() ? m_pinnedDay : QDate::currentDate();
}

void TrayIcon::setPaused(bool paused)
{
    if (m_paused == paused)
        return;
    m_paused = paused;
    m_pauseAction->setChecked(paused); // emits toggled, not triggered: no pauseRequested
    updateTexts();
}

void TrayIcon::refresh()
{
    const QDate day = currentDay();
    const TimeRange range{day.startOfDay().toMSecsSinceEpoch(),
                          day.addDays(1).startOfDay().toMSecsSinceEpoch()};
    if (!m_pinnedDay.isValid()) {
        // Read again just after midnight, when "today" starts over.
        const qint64 untilMidnight = range.toMs - QDateTime::currentMSecsSinceEpoch();
        m_midnight.start(int(qBound(qint64(1000), untilMidnight + 1000, qint64(90000000))));
    }
    if (!m_ledger)
        return;
    m_query.start(
        m_ledger, [range](CallQueries &queries) { return queries.totals(range); },
        [this](const ReadResult<UsageTotals> &result) { applyTotals(result); });
}

void TrayIcon::applyTotals(const ReadResult<UsageTotals> &result)
{
    m_error = result.error;
    if (m_error.isEmpty()) {
        m_today = result.value;
        m_hasTotals = true;
    }
    updateTexts();
    Q_EMIT refreshed();
}

void TrayIcon::updateTexts()
{
    QString summary;
    if (!m_error.isEmpty())
        summary = tr("Today: the ledger cannot be read");
    else if (!m_hasTotals)
        summary = tr("Today: %1").arg(LedgerFormat::usd(std::nullopt));
    else
        summary = tr("Today: %1 · %Ln request(s)", nullptr, int(m_today.requests))
                      .arg(LedgerFormat::usd(m_today.costUsd));
    m_summaryAction->setText(summary);
    m_pauseAction->setText(m_paused ? tr("Resume proxy") : tr("Pause proxy"));

    QString toolTip = tr("LLM Ledger") + QLatin1Char('\n') + summary;
    if (m_paused)
        toolTip += QLatin1Char('\n') + tr("Proxy paused");
    if (!m_error.isEmpty())
        toolTip += QLatin1Char('\n') + m_error;
    m_tray.setToolTip(toolTip);
}

bool TrayIcon::notify(const QString &title, const QString &text)
{
    if (!m_tray.isVisible() || !QSystemTrayIcon::supportsMessages())
        return false;
    m_tray.showMessage(title, text, m_tray.icon(), 10000);
    return true;
}
