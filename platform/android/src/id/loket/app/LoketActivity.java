// Loket's activity: Qt's, plus what a counter tablet needs from Android. The screen stays on,
// and the app pins itself with lock task mode when the device owner allows it, so a
// respondent cannot leave it. A supervisor's "leave kiosk mode" unpins it (leaveLockTask).
package id.loket.app;

import android.app.ActivityManager;
import android.app.admin.DevicePolicyManager;
import android.content.ComponentName;
import android.content.Context;
import android.os.Bundle;
import android.util.Log;
import android.view.WindowManager;

import org.qtproject.qt.android.bindings.QtActivity;

public class LoketActivity extends QtActivity {
    private static final String TAG = "loket.android";
    private static LoketActivity s_current;

    @Override
    public void onCreate(Bundle savedInstanceState) {
        super.onCreate(savedInstanceState);
        getWindow().addFlags(WindowManager.LayoutParams.FLAG_KEEP_SCREEN_ON);
        s_current = this;
        allowListSelfIfOwner();
    }

    @Override
    protected void onResume() {
        super.onResume();
        enterLockTask();
    }

    @Override
    protected void onDestroy() {
        if (s_current == this)
            s_current = null;
        super.onDestroy();
    }

    // When Loket itself is the device owner, it may allow-list itself; with another device
    // owner (an MDM), that owner's allow-list decides.
    private void allowListSelfIfOwner() {
        DevicePolicyManager dpm =
            (DevicePolicyManager) getSystemService(Context.DEVICE_POLICY_SERVICE);
        if (dpm == null || !dpm.isDeviceOwnerApp(getPackageName()))
            return;
        ComponentName admin = new ComponentName(this, LoketAdminReceiver.class);
        dpm.setLockTaskPackages(admin, new String[] {getPackageName()});
        Log.i(TAG, "device owner: allow-listed for lock task mode");
    }

    // Pins the app only when allow-listed. Otherwise Android would ask the user to confirm
    // screen pinning, which a respondent could simply decline.
    private void enterLockTask() {
        DevicePolicyManager dpm =
            (DevicePolicyManager) getSystemService(Context.DEVICE_POLICY_SERVICE);
        if (dpm == null || !dpm.isLockTaskPermitted(getPackageName())) {
            Log.i(TAG, "not allow-listed for lock task mode; running unpinned");
            return;
        }
        ActivityManager am = (ActivityManager) getSystemService(Context.ACTIVITY_SERVICE);
        if (am != null && am.getLockTaskModeState() != ActivityManager.LOCK_TASK_MODE_NONE)
            return;
        try {
            startLockTask();
        } catch (IllegalArgumentException | SecurityException e) {
            Log.w(TAG, "startLockTask refused: " + e);
        }
    }

    // Called from C++ (src/app/devicelock.cpp) when a supervisor leaves kiosk mode.
    public static void leaveLockTask() {
        final LoketActivity activity = s_current;
        if (activity == null)
            return;
        activity.runOnUiThread(new Runnable() {
            @Override
            public void run() {
                try {
                    activity.stopLockTask();
                } catch (IllegalStateException | SecurityException e) {
                    Log.w(TAG, "stopLockTask: " + e);
                }
            }
        });
    }
}
