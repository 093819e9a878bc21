#pragma once

#include <QQmlEngine>

namespace loket {

// A QML singleton that main() builds (with the arguments it needs) before the engine loads:
// QML's factory, create(), hands the engine that instance and leaves its ownership in C++.
// The class must not be default-constructible, or Qt 6.4 builds a second instance instead.
template <typename T>
class InjectedSingleton
{
public:
    static void setInstance(T *instance) { s_instance = instance; }
    static T *create(QQmlEngine *, QJSEngine *)
    {
        Q_ASSERT(s_instance);
        QQmlEngine::setObjectOwnership(s_instance, QQmlEngine::CppOwnership);
        return s_instance;
    }

private:
    static inline T *s_instance = nullptr;
};

} // namespace loket
