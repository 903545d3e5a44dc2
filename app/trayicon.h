#pragma once

#include "ledgerreader.h"
#include "usagetotals.h"

#include <QAction>
#include <QDate>
#include <QMenu>
#include <QObject>
#include <QPointer>
#include <QSystemTrayIcon>
#include <QTimer>

// The icon in the desktop's system tray: today's spend and request count in its tooltip and as
// the first (disabled) entry of its menu, refreshed whenever the proxy writes calls; actions to
// open the window, pause or resume the proxy and quit; and notify() for desktop notifications.
// It knows nothing of the proxy or the window: it asks for things through its signals and is told
// the pause state through setPaused(). Only worth showing where isAvailable() is true; elsewhere
// (e.g. Xvfb without a tray) the application keeps quitting when its window is closed.
class TrayIcon : public QObject
{
    Q_OBJECT

public:
    // The icon is the application's window icon (set it before constructing the tray).
    explicit TrayIcon(LedgerReader *ledger, QObject *parent = nullptr);

    static bool isAvailable() { return QSystemTrayIcon::isSystemTrayAvailable(); }

    void show() { m_tray.show(); }
    void hide() { m_tray.hide(); }
    bool isVisible() const { return m_tray.isVisible(); }

    QString toolTip() const { return m_tray.toolTip(); }
    // "Today: $1.23 · 45 requests", the menu's first entry.
    QString summary() const { return m_summaryAction->text(); }
    QMenu *menu() { return &m_menu; }
    bool isPaused() const { return m_paused; }
    UsageTotals today() const { return m_today; }

    // Pins "today" to a day instead of the clock's (tests).
    void setToday(const QDate &day);

public Q_SLOTS:
    // Reflects the proxy's state in the pause action (no pauseRequested is emitted).
    void setPaused(bool paused);
    // Reads today's totals again; also done on LedgerReader::callsChanged and at midnight.
    void refresh();
    // A desktop notification from the tray icon (e.g. a budget alert); false when the tray is
    // not shown or the desktop cannot show messages.
    bool notify(const QString &title, const QString &text);

Q_SIGNALS:
    void openWindowRequested();
    void pauseRequested(bool paused);
    void quitRequested();
    void refreshed(); // today's totals were read and shown

private:
    QDate currentDay() const;
    void applyTotals(const ReadResult<UsageTotals> &result);
    void updateTexts();

    QPointer<LedgerReader> m_ledger;
    LatestQuery<UsageTotals> m_query{this};
    QMenu m_menu; // before m_tray, which refers to it
    QSystemTrayIcon m_tray;
    QAction *m_summaryAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_pauseAction = nullptr;
    QAction *m_quitAction = nullptr;
    QTimer m_midnight;
    QDate m_pinnedDay;
    UsageTotals m_today;
    bool m_hasTotals = false;
    QString m_error;
    bool m_paused = false;
};
