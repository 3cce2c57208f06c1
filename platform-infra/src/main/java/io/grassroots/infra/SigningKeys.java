package io.grassroots.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/** An RSA key pair for RS256 tokens, generated on first use and kept as PEM files (never committed). */
public record SigningKeys(RSAPrivateKey privateKey, RSAPublicKey publicKey) {
    public static final String PRIVATE_FILE = "jwt-private.pem";
    public static final String PUBLIC_FILE = "jwt-public.pem";

    public static SigningKeys generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            return new SigningKeys((RSAPrivateKey) pair.getPrivate(), (RSAPublicKey) pair.getPublic());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Loads the pair from dir, generating and saving a new one if there is none yet. */
    public static SigningKeys loadOrCreate(Path dir) {
        Path privateFile = dir.resolve(PRIVATE_FILE);
        Path publicFile = dir.resolve(PUBLIC_FILE);
        try {
            if (Files.exists(privateFile) && Files.exists(publicFile)) {
                KeyFactory rsa = KeyFactory.getInstance("RSA");
                return new SigningKeys(
                        (RSAPrivateKey) rsa.generatePrivate(new PKCS8EncodedKeySpec(readPem(privateFile))),
                        (RSAPublicKey) rsa.generatePublic(new X509EncodedKeySpec(readPem(publicFile))));
            }
            SigningKeys keys = generate();
            keys.save(dir);
            return keys;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("unreadable signing keys in " + dir, e);
        }
    }

    /** Writes the public key as PEM, the form services verify tokens with. */
    public Path writePublicKey(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, pem("PUBLIC KEY", publicKey.getEncoded()), StandardCharsets.US_ASCII);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void save(Path dir) throws IOException {
        Files.createDirectories(dir);
        Path privateFile = dir.resolve(PRIVATE_FILE);
        Files.writeString(privateFile, pem("PRIVATE KEY", privateKey.getEncoded()), StandardCharsets.US_ASCII);
        try {
            Files.setPosixFilePermissions(privateFile, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system: the file keeps the default permissions.
        }
        writePublicKey(dir.resolve(PUBLIC_FILE));
    }

    private static String pem(String label, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        return "-----BEGIN " + label + "-----\n" + body + "\n-----END " + label + "-----\n";
    }

    private static byte[] readPem(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.US_ASCII);
        String body = text.replaceAll("-----(BEGIN|END) [A-Z ]+-----", "").replaceAll("\\s", "");
        return Base64.getDecoder().decode(body);
    }
}
