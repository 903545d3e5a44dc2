#pragma once

#include <QByteArray>
#include <QList>
#include <QQuickItem>
#include <QString>
#include <QStringList>
#include <QtGlobal>

// Shared by the tests that load the window or one of its pages offscreen: a message handler
// that records every warning coming from our QML (its location starts with qrc:/), which the
// tests turn into a failure, and a walk over an item tree to find texts and controls.
namespace QmlTest {

inline QStringList qmlWarnings;
inline QtMessageHandler previousHandler = nullptr;

inline void recordQmlWarnings(QtMsgType type, const QMessageLogContext &context,
                              const QString &message)
{
    if (type != QtDebugMsg && type != QtInfoMsg
        && (message.contains(QLatin1String("qrc:/"))
            || QByteArray(context.file ? context.file : "").startsWith("qrc:/")))
        qmlWarnings << message;
    if (previousHandler)
        previousHandler(type, context, message);
}

inline void collectItems(QQuickItem *item, QList<QQuickItem *> &out)
{
    out << item;
    const QList<QQuickItem *> children = item->childItems();
    for (QQuickItem *child : children)
        collectItems(child, out);
}

} // namespace QmlTest
