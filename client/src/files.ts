// Small helpers over the workspace file system shared by the commands.
import * as vscode from 'vscode';

/** Whether a file or folder exists (through the workspace file system, so remote folders work too). */
export async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}
