package org.sunshineledger.disclosure;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import org.sunshineledger.kernel.DomainException;

/**
 * Signs and opens checkpoints as C2SP signed notes with Ed25519 (签名检查点): the body, a blank line,
 * and a line {@code — <name> <base64(key id ‖ signature)>}. The key id is the first four bytes of
 * SHA-256(name ‖ "\n" ‖ 0x01 ‖ public key). The verifier key is published as {@code <name>+<hex key
 * id>+<base64(0x01 ‖ public key)>}, so anyone can check a checkpoint with the library or with any
 * signed-note tool.
 */
public final class CheckpointSigner {
  private static final byte ED25519 = 0x01;
  private static final String DASH = "\u2014 ";
  private static final byte[] X509_PREFIX = HexFormat.of().parseHex("302a300506032b6570032100");

  private final String name;
  private final KeyPair keys;

  /**
   * A signer.
   *
   * @param name the key's name, usually the log's origin
   * @param keys an Ed25519 key pair
   */
  public CheckpointSigner(String name, KeyPair keys) {
    this.name = Objects.requireNonNull(name, "name");
    this.keys = Objects.requireNonNull(keys, "keys");
    if (name.isBlank() || name.contains(" ") || name.contains("+") || name.contains("\n")) {
      throw new DomainException(
          "transparency.key-name",
          "a key name has no spaces, '+' or line breaks",
          Map.of("name", name));
    }
  }

  /**
   * Creates a new Ed25519 key pair.
   *
   * @return the pair
   */
  public static KeyPair newKeyPair() {
    try {
      return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Ed25519 is part of every Java 15+ platform", e);
    }
  }

  /**
   * Signs a checkpoint.
   *
   * @param checkpoint the checkpoint
   * @return the signed note
   */
  public String sign(Checkpoint checkpoint) {
    String body = checkpoint.body();
    try {
      Signature signature = Signature.getInstance("Ed25519");
      signature.initSign(keys.getPrivate());
      signature.update(body.getBytes(StandardCharsets.UTF_8));
      byte[] sig = signature.sign();
      byte[] line = new byte[4 + sig.length];
      System.arraycopy(keyId(name, rawKey(keys.getPublic())), 0, line, 0, 4);
      System.arraycopy(sig, 0, line, 4, sig.length);
      return body + "\n" + DASH + name + " " + Base64.getEncoder().encodeToString(line) + "\n";
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot sign with the given key", e);
    }
  }

  /**
   * Returns the verifier key to publish.
   *
   * @return {@code <name>+<hex key id>+<base64(0x01 ‖ public key)>}
   */
  public String verifierKey() {
    byte[] raw = rawKey(keys.getPublic());
    byte[] typed = new byte[raw.length + 1];
    typed[0] = ED25519;
    System.arraycopy(raw, 0, typed, 1, raw.length);
    return name
        + "+"
        + HexFormat.of().formatHex(keyId(name, raw))
        + "+"
        + Base64.getEncoder().encodeToString(typed);
  }

  /**
   * Checks a signed note with a published verifier key and returns its checkpoint.
   *
   * @param note the signed note
   * @param verifierKey the key, as {@link #verifierKey()} gives it
   * @return the checkpoint, only if a signature by that key is valid
   * @throws DomainException {@code transparency.signature} otherwise
   */
  public static Checkpoint open(String note, String verifierKey) {
    try {
      return openChecked(note, verifierKey);
    } catch (IllegalArgumentException e) {
      throw signatureRefused("not base64: " + e.getMessage());
    }
  }

  private static Checkpoint openChecked(String note, String verifierKey) {
    String[] key = verifierKey.split("\\+", 3);
    int split = note.lastIndexOf("\n\n");
    if (key.length != 3 || split < 0) {
      throw signatureRefused("malformed note or verifier key");
    }
    String body = note.substring(0, split + 1);
    byte[] typed = Base64.getDecoder().decode(key[2]);
    if (typed.length != 33 || typed[0] != ED25519) {
      throw signatureRefused("not an Ed25519 verifier key");
    }
    byte[] raw = Arrays.copyOfRange(typed, 1, typed.length);
    byte[] id = keyId(key[0], raw);
    for (String line : note.substring(split + 2).split("\n")) {
      if (!line.startsWith(DASH + key[0] + " ")) {
        continue;
      }
      byte[] sig = Base64.getDecoder().decode(line.substring(DASH.length() + key[0].length() + 1));
      if (sig.length != 68 || !Arrays.equals(Arrays.copyOf(sig, 4), id)) {
        continue;
      }
      try {
        Signature signature = Signature.getInstance("Ed25519");
        signature.initVerify(publicKey(raw));
        signature.update(body.getBytes(StandardCharsets.UTF_8));
        if (signature.verify(Arrays.copyOfRange(sig, 4, sig.length))) {
          return Checkpoint.parse(body);
        }
      } catch (GeneralSecurityException e) {
        throw signatureRefused(e.getMessage());
      }
    }
    throw signatureRefused("no valid signature by " + key[0]);
  }

  private static DomainException signatureRefused(String why) {
    return new DomainException(
        "transparency.signature", "checkpoint signature refused: " + why, Map.of("reason", why));
  }

  private static byte[] keyId(String name, byte[] raw) {
    MessageDigest digest = MerkleHashing.sha256();
    digest.update(name.getBytes(StandardCharsets.UTF_8));
    digest.update((byte) '\n');
    digest.update(ED25519);
    digest.update(raw);
    return Arrays.copyOf(digest.digest(), 4);
  }

  private static byte[] rawKey(PublicKey key) {
    byte[] encoded = key.getEncoded();
    return Arrays.copyOfRange(encoded, encoded.length - 32, encoded.length);
  }

  private static PublicKey publicKey(byte[] raw) throws GeneralSecurityException {
    byte[] encoded = Arrays.copyOf(X509_PREFIX, X509_PREFIX.length + raw.length);
    System.arraycopy(raw, 0, encoded, X509_PREFIX.length, raw.length);
    return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(encoded));
  }
}
