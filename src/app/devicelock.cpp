#include "devicelock.h"

#ifdef Q_OS_ANDROID
#include <QJniObject>
#endif

namespace loket {

void releaseDeviceLock()
{
#ifdef Q_OS_ANDROID
    // platform/android/src/id/loket/app/LoketActivity.java
    QJniObject::callStaticMethod<void>("id/loket/app/LoketActivity", "leaveLockTask");
#endif
}

} // namespace loket
