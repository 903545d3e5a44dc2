#include "timerangeselection.h"

#include <QDateTime>
#include <QLocale>

TimeRangeSelection::TimeRangeSelection(QObject *parent)
    : QObject(parent), m_today(QDate::currentDate())
{
    m_customTo = m_today;
    m_customFrom = m_today.addDays(-29);
}

void TimeRangeSelection::setPreset(Preset preset)
{
    if (m_preset == preset)
        return;
    m_preset = preset;
    Q_EMIT changed();
}

void TimeRangeSelection::setCustomFrom(const QDate &date)
{
    if (!date.isValid() || m_customFrom == date)
        return;
    m_customFrom = date;
    if (m_customTo < m_customFrom)
        m_customTo = m_customFrom;
    Q_EMIT changed();
}

void TimeRangeSelection::setCustomTo(const QDate &date)
{
    if (!date.isValid() || m_customTo == date)
        return;
    m_customTo = date;
    if (m_customFrom > m_customTo)
        m_customFrom = m_customTo;
    Q_EMIT changed();
}

bool TimeRangeSelection::setCustomFromText(const QString &isoDate)
{
    const QDate date = QDate::fromString(isoDate.trimmed(), Qt::ISODate);
    if (!date.isValid())
        return false;
    setCustomFrom(date);
    return true;
}

bool TimeRangeSelection::setCustomToText(const QString &isoDate)
{
    const QDate date = QDate::fromString(isoDate.trimmed(), Qt::ISODate);
    if (!date.isValid())
        return false;
    setCustomTo(date);
    return true;
}

void TimeRangeSelection::setToday(const QDate &today)
{
    m_todayPinned = true;
    if (m_today == today)
        return;
    m_today = today;
    Q_EMIT changed();
}

void TimeRangeSelection::refresh()
{
    if (m_todayPinned || m_today == QDate::currentDate())
        return;
    m_today = QDate::currentDate();
    Q_EMIT changed();
}

QDate TimeRangeSelection::firstDay() const
{
    switch (m_preset) {
    case Today:
        return m_today;
    case Last7Days:
        return m_today.addDays(-6);
    case Last30Days:
        return m_today.addDays(-29);
    case Last90Days:
        return m_today.addDays(-89);
    case Custom:
        break;
    }
    return m_customFrom;
}

QDate TimeRangeSelection::lastDay() const
{
    return m_preset == Custom ? m_customTo : m_today;
}

qint64 TimeRangeSelection::fromMs() const
{
    return firstDay().startOfDay().toMSecsSinceEpoch();
}

qint64 TimeRangeSelection::toMs() const
{
    return lastDay().addDays(1).startOfDay().toMSecsSinceEpoch();
}

int TimeRangeSelection::days() const
{
    return int(firstDay().daysTo(lastDay())) + 1;
}

QString TimeRangeSelection::label() const
{
    const QLocale locale;
    if (days() == 1)
        return locale.toString(firstDay(), QLocale::ShortFormat);
    return tr("%1 – %2").arg(locale.toString(firstDay(), QLocale::ShortFormat),
                             locale.toString(lastDay(), QLocale::ShortFormat));
}

QStringList TimeRangeSelection::presetNames() const
{
    return {tr("Today"), tr("Last 7 days"), tr("Last 30 days"), tr("Last 90 days"), tr("Custom")};
}
