import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  CreateUserCommand, CreateVirtualMFADeviceCommand, DeactivateMFADeviceCommand, DeleteVirtualMFADeviceCommand, EnableMFADeviceCommand,
  IAMClient, ListMFADevicesCommand, ListVirtualMFADevicesCommand, ResyncMFADeviceCommand,
} from '@aws-sdk/client-iam';
import { startTestKumo } from '../../support/start-test-kumo.js';
import type { EmbeddedKumo } from '../../../src/index.js';
import { totp } from '../../../src/services/iam/totp.js';
import { rejectsWith } from './helpers.js';

describe('IAM virtual MFA devices', () => {
  let kumo: EmbeddedKumo;
  let iam: IAMClient;
  before(async () => {
    kumo = await startTestKumo(['iam']);
    iam = new IAMClient(kumo.clientConfig);
    await iam.send(new CreateUserCommand({ UserName: 'mo' }));
  });
  after(() => kumo.stop());

  /** Kumo's clock may run ahead of real time: read it for the codes an app would show. */
  const now = async () => Date.parse(((await (await fetch(`${kumo.url}/_kumo/clock`)).json()) as { now: string }).now);

  test('create, enable with two consecutive TOTP codes, list, resync, deactivate, delete', async () => {
    const created = await iam.send(new CreateVirtualMFADeviceCommand({ VirtualMFADeviceName: 'mo-phone' }));
    const serial = created.VirtualMFADevice!.SerialNumber!;
    assert.equal(serial, 'arn:aws:iam::000000000000:mfa/mo-phone');
    const seed = Buffer.from(created.VirtualMFADevice!.Base32StringSeed!).toString('ascii');
    assert.match(seed, /^[A-Z2-7]{64}$/);
    await rejectsWith(iam.send(new CreateVirtualMFADeviceCommand({ VirtualMFADeviceName: 'mo-phone' })), 'EntityAlreadyExistsException', 409);

    const step = Math.floor((await now()) / 30_000);
    await rejectsWith(iam.send(new EnableMFADeviceCommand({ UserName: 'mo', SerialNumber: serial, AuthenticationCode1: totp(seed, step), AuthenticationCode2: totp(seed, step + 2) })),
      'InvalidAuthenticationCodeException', 403, 'Authentication code for device is not valid.');
    await iam.send(new EnableMFADeviceCommand({ UserName: 'mo', SerialNumber: serial, AuthenticationCode1: totp(seed, step - 1), AuthenticationCode2: totp(seed, step) }));
    const listed = await iam.send(new ListMFADevicesCommand({ UserName: 'mo' }));
    assert.deepEqual(listed.MFADevices?.map((d) => [d.UserName, d.SerialNumber]), [['mo', serial]]);
    assert.equal((await iam.send(new ListVirtualMFADevicesCommand({ AssignmentStatus: 'Assigned' }))).VirtualMFADevices?.[0]?.User?.UserName, 'mo');
    assert.deepEqual((await iam.send(new ListVirtualMFADevicesCommand({ AssignmentStatus: 'Unassigned' }))).VirtualMFADevices, []);
    await rejectsWith(iam.send(new DeleteVirtualMFADeviceCommand({ SerialNumber: serial })), 'DeleteConflictException', 409);

    // Used codes do not work again; later ones resync.
    await rejectsWith(iam.send(new ResyncMFADeviceCommand({ UserName: 'mo', SerialNumber: serial, AuthenticationCode1: totp(seed, step - 1), AuthenticationCode2: totp(seed, step) })), 'InvalidAuthenticationCodeException', 403);
    await iam.send(new ResyncMFADeviceCommand({ UserName: 'mo', SerialNumber: serial, AuthenticationCode1: totp(seed, step + 1), AuthenticationCode2: totp(seed, step + 2) }));

    await iam.send(new DeactivateMFADeviceCommand({ UserName: 'mo', SerialNumber: serial }));
    assert.deepEqual((await iam.send(new ListMFADevicesCommand({ UserName: 'mo' }))).MFADevices, []);
    await iam.send(new DeleteVirtualMFADeviceCommand({ SerialNumber: serial }));
    await rejectsWith(iam.send(new DeleteVirtualMFADeviceCommand({ SerialNumber: serial })), 'NoSuchEntityException', 404);
  });
});
