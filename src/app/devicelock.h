#pragma once

namespace loket {

// Lets go of the operating system's hold on the kiosk before the app quits at a supervisor's
// request: Android's lock task mode. On Linux the kiosk session ends with the app, so there
// is nothing to do.
void releaseDeviceLock();

} // namespace loket
