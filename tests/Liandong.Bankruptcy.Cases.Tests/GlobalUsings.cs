global using Liandong.Bankruptcy.Cases.Contracts;
