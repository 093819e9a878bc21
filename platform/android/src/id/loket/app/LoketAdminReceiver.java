// The device-admin component a provisioning step names to make Loket the device owner
// (docs/android.md). Loket uses ownership only to allow-list itself for lock task mode.
package id.loket.app;

import android.app.admin.DeviceAdminReceiver;

public class LoketAdminReceiver extends DeviceAdminReceiver {
}
